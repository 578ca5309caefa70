import { idParams } from '../common.js';
import { endpoint } from '../endpoint.js';
import { project, projectInput, projectList, projectListQuery, projectTransitionInput } from '../portfolio.js';

const tags = ['portfolio'];

/** The project portfolio with benefit valuation (nyttovärdering). */
export const portfolioEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/v1/projects', tags, access: 'project.read', summary: 'The project portfolio with sums', query: projectListQuery, response: projectList }),
  create: endpoint({
    method: 'POST', path: '/api/v1/projects', tags, access: 'project.create',
    summary: 'Add a project (as an idea)', body: projectInput, status: 201, response: project,
  }),
  get: endpoint({ method: 'GET', path: '/api/v1/projects/:id', tags, access: 'project.read', summary: 'A project with its benefit valuation', params: idParams, response: project }),
  update: endpoint({
    method: 'PUT', path: '/api/v1/projects/:id', tags, access: 'project.read', ifMatch: true,
    description: 'Needs project.update for this project (a scoped role: one it owns or sponsors); another municipality’s project answers 404.',
    summary: 'Change a project and its valuation', params: idParams, body: projectInput, response: project,
  }),
  transition: endpoint({
    method: 'POST', path: '/api/v1/projects/:id/transitions', tags, access: 'project.read', ifMatch: true,
    description: 'Needs project.transition for this project. Deciding needs a valuation and, above the portfolio threshold, an approving IT council decision.',
    summary: 'Move the status', params: idParams, body: projectTransitionInput, response: project,
  }),
};
