import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';

// Testing Library unmounts what a test rendered through an afterEach it registers when first imported: once per
// worker where files share modules. Registered here, it runs after every test of every file.
afterEach(() => cleanup());
