/** Which user a request acts for. Local mode has one implicit user; multi-user mode plugs in here. */
import type { FastifyRequest } from 'fastify';
import { LOCAL_USER_ID } from '../store/index.js';

export function userIdOf(_req: FastifyRequest): string {
  return LOCAL_USER_ID;
}
