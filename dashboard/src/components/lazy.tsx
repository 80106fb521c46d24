// The heavy parts of the page load after its first paint, each in its own file of the
// build: the charts (Recharts), the map (its geometry) and the IATI export. The tables,
// which carry the same figures, show at once; a chart's place is kept while it loads.
import { lazy, Suspense, type ComponentProps } from 'react';

const charts = () => import('./charts.tsx');
const LazyHorizontalBars = lazy(() => charts().then((m) => ({ default: m.HorizontalBars })));
const LazyGroupedBars = lazy(() => charts().then((m) => ({ default: m.GroupedBars })));
const LazyCountryMap = lazy(() => import('./CountryMap.tsx').then((m) => ({ default: m.CountryMap })));
const LazyIatiExport = lazy(() => import('./IatiExport.tsx').then((m) => ({ default: m.IatiExport })));

/** The space a chart will take, kept free while its code loads. */
function Placeholder({ height }: { height: number }) {
  return <div className="chart" aria-hidden="true" style={{ height }} />;
}

export function HorizontalBars(props: ComponentProps<typeof LazyHorizontalBars>) {
  return (
    <Suspense fallback={<Placeholder height={48 + props.data.length * 34} />}>
      <LazyHorizontalBars {...props} />
    </Suspense>
  );
}

export function GroupedBars(props: ComponentProps<typeof LazyGroupedBars>) {
  return (
    <Suspense fallback={<Placeholder height={240} />}>
      <LazyGroupedBars {...props} />
    </Suspense>
  );
}

export function CountryMap(props: ComponentProps<typeof LazyCountryMap>) {
  return (
    <Suspense fallback={<p className="help map-loading">{props.t('map.loading')}</p>}>
      <LazyCountryMap {...props} />
    </Suspense>
  );
}

export function IatiExport(props: ComponentProps<typeof LazyIatiExport>) {
  return (
    <Suspense fallback={null}>
      <LazyIatiExport {...props} />
    </Suspense>
  );
}
