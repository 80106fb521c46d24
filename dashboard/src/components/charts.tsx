// The charts beside each table. They repeat the table's figures for the eye, so they are
// hidden from assistive technology (the table is the accessible form) and take no focus;
// a click on a bar opens the same drill-down as the row's button.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Colours with at least 3:1 contrast against white, told apart without relying on hue alone (the legend names them). */
export const palette = ['#1f5f99', '#a34a12', '#2e6b30'] as const;

export interface Bars {
  label: string;
  value: number;
}

export function HorizontalBars({ data, format, onSelect }: { data: Bars[]; format: (n: number) => string; onSelect?: (index: number) => void }) {
  if (data.length === 0) return null;
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={48 + data.length * 34}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#d0d5dd" />
          <XAxis type="number" allowDecimals={false} tickFormatter={format} stroke="#3d4451" />
          <YAxis type="category" dataKey="label" width={128} tick={{ fontSize: 12 }} stroke="#3d4451" interval={0} />
          <Tooltip formatter={(value) => format(Number(value))} cursor={{ fill: '#eef2f7' }} />
          <Bar
            dataKey="value"
            fill={palette[0]}
            isAnimationActive={false}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={onSelect ? (_data, index) => onSelect(index) : undefined}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function GroupedBars({
  data,
  series,
  format,
  domainMax,
}: {
  data: Record<string, string | number>[];
  series: { key: string; name: string }[];
  format: (n: number) => string;
  domainMax?: number;
}) {
  if (data.length === 0) return null;
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#d0d5dd" />
          <XAxis dataKey="label" stroke="#3d4451" tick={{ fontSize: 12 }} interval={0} />
          <YAxis
            domain={[0, domainMax ?? 'auto']}
            ticks={domainMax === undefined ? undefined : Array.from({ length: domainMax + 1 }, (_, i) => i)}
            tickFormatter={format}
            stroke="#3d4451"
            allowDecimals={false}
          />
          <Tooltip formatter={(value) => format(Number(value))} cursor={{ fill: '#eef2f7' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={palette[i % palette.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
