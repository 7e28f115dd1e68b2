import { reviewSuites } from './e2e-suites.js';

// The bundled action against a fake GitHub: the comment as read, review suggestions, forks (see e2e-suites.ts).
reviewSuites();
