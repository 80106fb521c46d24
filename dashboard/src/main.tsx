import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { isLanguage, loadCatalog, preferredLanguage, type Language } from './i18n.ts';
import './styles.css';

const languageKey = 'connect.dashboard.language';

function initialLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem(languageKey);
  return isLanguage(asked) ? asked : preferredLanguage(navigator.languages);
}

// The page opens in the reader's language at once: its messages load before the first
// render (English when they cannot be fetched).
const wanted = initialLanguage();
const language: Language = await loadCatalog(wanted).then(
  () => wanted,
  () => 'en',
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App languageKey={languageKey} initial={{ language, catalog: await loadCatalog(language) }} />
  </StrictMode>,
);
