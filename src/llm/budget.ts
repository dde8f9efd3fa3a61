/** Making a budget outside a gateway, so several gateways (the stages of a cascade) can share one. */
import { Budget, type BudgetCaps } from './_budget.js';
import type { BudgetLedger } from './budget-ledger.js';

/** One budget for several gateways (the stages of a cascade share the run's caps), over `ledger`. */
export const createBudget = (caps: BudgetCaps, ledger?: BudgetLedger): Budget => new Budget(caps, ledger);
export type { Budget, BudgetCaps };
