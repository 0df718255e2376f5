import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ensureHenanMap } from './geo';
import './app/app.css';
import './app/responsive.css';
// Last: the themes override the light colours that app.css and the feature styles write out.
import './app/theme.css';
// Paper: after everything it overrides.
import './app/print.css';

// Start fetching the map geometry now, in parallel with React's first render, instead of after the map
// component mounts. A failure is reported by the map panel, which awaits the same promise.
ensureHenanMap().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
