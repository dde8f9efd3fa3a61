#!/usr/bin/env node
// Build step after tsc: compiles the report pages' browser scripts (src/report/client/*.ts,
// which the Node build leaves out) into dist/report/client/, where the built pages read them.
import { writeClientScripts } from '../dist/report/client-scripts.js';

const written = writeClientScripts('dist/report/client', 'src/report/client');
console.log(`browser scripts: ${written.join(', ')}`);
