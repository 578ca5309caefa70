import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { importBatch, importBatchList, importFileInput, importRunInput } from '../imports.js';

const tags = ['imports'];

/** Importing the register from a spreadsheet (issue 12, item 1): dry run, run with a mapping, undo. */
export const importEndpoints = {
  list: endpoint({
    method: 'GET', path: '/api/v1/imports', tags, access: 'register.import',
    summary: 'The latest imports of the register, newest first', response: importBatchList,
  }),
  start: endpoint({
    method: 'POST', path: '/api/v1/imports', tags, access: 'register.import', bodyLimit: 42 * 1024 * 1024,
    summary: 'Upload an .xlsx or .csv and start its dry run: every problem by sheet, row and column; nothing changes',
    description:
      'Answers 202 with the batch at once; the dry run reads the file in the background (GET the batch for its progress and, when `analysed`, its report). The file must be of the type its name claims; a file unpacking beyond 400 MB or over 200 000 rows is refused as too large. The export of the register is the format: its sheet, headed in Swedish or English.',
    body: importFileInput, status: 202, response: importBatch, errors: [413],
  }),
  get: endpoint({
    method: 'GET', path: '/api/v1/imports/:id', tags, access: 'register.import',
    summary: 'One import: its status, progress per sheet and row, the dry run’s report and the outcome', params: idParams, response: importBatch,
  }),
  run: endpoint({
    method: 'POST', path: '/api/v1/imports/:id/run', tags, access: 'register.import', ifMatch: true,
    summary: 'Run an import that has had its dry run, with the mapping of its unknown values',
    description: 'Answers 202 at once; the import writes in the background, each record through the register’s commands with its audit event. Only an `analysed` batch runs (else 409).',
    params: idParams, body: importRunInput, status: 202, response: importBatch,
  }),
  undo: endpoint({
    method: 'POST', path: '/api/v1/imports/:id/undo', tags, access: 'register.import', ifMatch: true,
    summary: 'Undo a finished import as a whole: the systems it created are archived, its changes reverted',
    description: 'Refused (409) naming the records and fields someone else has changed since the import; nothing is then changed. Answers 202 and undoes in the background.',
    params: idParams, status: 202, response: importBatch,
  }),
};
