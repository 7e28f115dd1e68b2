import { actionSuites } from './e2e-suites.js';

// The bundled action against a fake GitHub: comments, faults, the problem matcher (see e2e-suites.ts).
actionSuites();
