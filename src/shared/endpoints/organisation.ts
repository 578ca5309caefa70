import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  capabilityList,
  department,
  departmentInput,
  departmentList,
  languageInput,
  loginInput,
  passwordChangeInput,
  person,
  personInput,
  personList,
  roleList,
  session,
  switchOrganisationInput,
} from '../organisation.js';

const tags = ['organisation'];
const sessionTags = ['session'];

/** Signing in and out, and what the signed-in person's session says. */
export const sessionEndpoints = {
  signIn: endpoint({
    method: 'POST', path: '/api/v1/session', tags: sessionTags, access: 'public',
    summary: 'Sign in with e-mail and password',
    description: 'Sets the httpOnly session cookie; send the returned `csrfToken` as `X-CSRF-Token` on every write. Attempts are limited per account and per address.',
    body: loginInput, response: session, errors: [401],
  }),
  get: endpoint({ method: 'GET', path: '/api/v1/session', tags: sessionTags, access: 'signed_in', summary: 'The signed-in person', response: session }),
  signOut: endpoint({ method: 'DELETE', path: '/api/v1/session', tags: sessionTags, access: 'signed_in', summary: 'Sign out', status: 204, response: null }),
  language: endpoint({
    method: 'PUT', path: '/api/v1/session/language', tags: sessionTags, access: 'signed_in',
    summary: 'Store the UI language', body: languageInput, response: session,
  }),
  password: endpoint({
    method: 'PUT', path: '/api/v1/session/password', tags: sessionTags, access: 'signed_in',
    summary: 'Change your own password; every other session of the account ends', body: passwordChangeInput, status: 204, response: null,
  }),
  switchOrganisation: endpoint({
    method: 'POST', path: '/api/v1/session/organisation', tags: sessionTags, access: 'signed_in',
    summary: 'Switch to another municipality the account belongs to', body: switchOrganisationInput, response: session,
  }),
};

/** The municipality's departments, people, roles and capability catalogue. */
export const organisationEndpoints = {
  departments: endpoint({
    method: 'GET', path: '/api/v1/departments', tags, access: 'organisation.read',
    summary: "The municipality's departments (förvaltningar)", response: departmentList,
  }),
  createDepartment: endpoint({
    method: 'POST', path: '/api/v1/departments', tags, access: 'organisation.manage',
    summary: 'Add a department (admin)', body: departmentInput, status: 201, response: department,
  }),
  updateDepartment: endpoint({
    method: 'PUT', path: '/api/v1/departments/:id', tags, access: 'organisation.manage', ifMatch: true,
    summary: 'Rename a department (admin)', params: idParams, body: departmentInput, response: department,
  }),
  archiveDepartment: endpoint({
    method: 'DELETE', path: '/api/v1/departments/:id', tags, access: 'organisation.manage', ifMatch: true,
    summary: 'Archive a department no one belongs to (admin)', params: idParams, status: 204, response: null,
  }),
  roles: endpoint({
    method: 'GET', path: '/api/v1/roles', tags, access: 'organisation.read',
    summary: 'The roles of the municipality and what they grant', response: roleList,
  }),
  capabilities: endpoint({
    method: 'GET', path: '/api/v1/capabilities', tags, access: 'organisation.read',
    summary: 'The capability catalogue (verksamhetsförmågor): presets and the municipality’s own', response: capabilityList,
  }),
  people: endpoint({ method: 'GET', path: '/api/v1/people', tags, access: 'organisation.read', summary: "The municipality's people", response: personList }),
  createPerson: endpoint({
    method: 'POST', path: '/api/v1/people', tags, access: 'organisation.manage',
    summary: 'Add a person, optionally with a login role (admin)', body: personInput, status: 201, response: person,
  }),
  updatePerson: endpoint({
    method: 'PUT', path: '/api/v1/people/:id', tags, access: 'organisation.manage', ifMatch: true,
    summary: 'Change a person and their login role (admin)', params: idParams, body: personInput, response: person,
  }),
  archivePerson: endpoint({
    method: 'DELETE', path: '/api/v1/people/:id', tags, access: 'organisation.manage', ifMatch: true,
    summary: 'Archive a person who no longer owns systems (admin)', params: idParams, status: 204, response: null,
  }),
  liftSignInHold: endpoint({
    method: 'DELETE', path: '/api/v1/people/:id/sign-in-hold', tags, access: 'organisation.manage',
    summary: "Lift the holds failed sign-ins put on the person's login, from every address (admin)",
    description: 'Audited. A hold also ends by itself after 15 minutes, and a successful sign-in from an address the person has used lifts it.',
    params: idParams, status: 204, response: null,
  }),
};
