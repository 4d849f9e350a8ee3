import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { platformReady } from './platform/index.ts';
import { applyPageVariables } from './styles/page-variables.ts';
// Fonts first: the variables they define are what app.css and the editor's page styles read.
import './styles/fonts.css';
import './styles/app.css';
import './styles/toolbar.css';
import './styles/desk.css';
import './styles/page.css';
import './styles/panels.css';
import './styles/outline.css';
import './styles/check.css';
import './styles/status.css';
import './styles/dialogs.css';

// The printed page's geometry, which the stylesheets read, before anything is drawn.
applyPageVariables(document.documentElement.style);

// The app reads a recovered draft while it first renders; in Electron that comes from main.
void platformReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
