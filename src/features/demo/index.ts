// The demo feature as other features may use it (issue 12): its public module.
export { type CreatedDemoAccount, listDemoAccounts } from './demo-accounts.ts';
export { seedDemo } from './seed-demo.ts';
