// The roles live in src/shared (the Actor carries one); re-exported here for the auth feature's users.
export { roles, type Role } from '../../shared/roles.ts';
