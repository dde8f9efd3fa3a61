/**
 * The one function every model call goes through: `gateway.structured(...)`. It owns the
 * client, pacing, retries, structured output, validation retries, the response cache,
 * cost accounting, budgets and call events.
 */
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { Budget } from './_budget.js';
import { parseAnswer, responseFormatFor } from './_structured-output.js';
import { mayRejectSchema, rejectsResponseFormat } from './_retry.js';
import { Transport, type ChatRequest } from './_transport.js';
import { cacheFileIn, cacheKey, ResponseCache, type CachedAnswer } from './cache.js';
import type { LlmConfig, RoleSettings, StructuredOutputMode } from './config.js';
import type { JsonSchemaFormat } from './_structured-output.js';
import { LlmConfigError, LlmError, ModelOutputError, ProviderError, type OutputIssue } from './errors.js';
import { BUDGET_MAX_OUTPUT_TOKENS, estimateTokens, keyMaterial, readCompletion, worstCaseTokens } from './_request.js';
import { buildBody, requestHeaders, type RequestShape } from './_request-body.js';
import { checkContext } from './_context.js';
import { profileFor } from './providers.js';
import { costOf, loadPricing, priceFor, type Price, type PriceTable } from './pricing.js';
import { redact } from './redact.js';
import { loadTokenizer } from './tokens.js';
import type { CallEvent, Role, StructuredRequest, StructuredResult, Usage } from './types.js';
import { addUsage, emptyUsage } from './usage.js';

export interface GatewayOptions {
  /** Called once per finished call (success or failure), e.g. to append to events.jsonl. */
  readonly onCall?: (event: CallEvent) => void;
  /** The response cache to use; null = none; default: opened from config.cacheDir unless config.noCache. */
  readonly cache?: ResponseCache | null;
  /** Pricing table file (default: the bundled data/pricing.json). */
  readonly pricingFile?: string;
  /** Source of backoff jitter (tests). */
  readonly random?: () => number;
  /**
   * The budget to charge; give one budget to several gateways (a cascade) so they share the
   * run's caps. Default: a budget of this config's caps, kept in memory.
   */
  readonly budget?: Budget;
}

export interface Gateway {
  /** Model id per role. */
  readonly models: Readonly<Record<Role, string>>;
  /** Asks the role's model for a value matching `req.schema`. */
  structured<T>(req: StructuredRequest<T>): Promise<StructuredResult<T>>;
  /** Usage of every call made for a task so far. */
  usageFor(taskId: string): Usage;
  /** Usage of the whole run so far. */
  totals(): Usage;
  /** True once a call for the task was refused by a budget cap. */
  budgetStopped(taskId: string): boolean;
  /** Tasks that had a call refused by a budget cap. */
  stoppedTasks(): string[];
  /** Current structured-output mode (switches to `text` after the endpoint rejects response_format). */
  structuredOutputMode(): StructuredOutputMode;
  /** Closes the cache if the gateway opened it. */
  close(): void;
}

/** Builds the gateway. Throws LlmConfigError when a dollar budget is set for a model without a price. */
export function createGateway(config: LlmConfig, opts: GatewayOptions = {}): Gateway {
  const prices = loadPricing(config.prices, opts.pricingFile);
  const budgeted = config.budgetUsd !== null || config.taskBudgetUsd !== null;
  if (budgeted) for (const s of Object.values(config.roles)) requirePrice(prices, s.model);
  const ownsCache = opts.cache === undefined && !config.noCache;
  const cache =
    opts.cache === undefined ? (config.noCache ? null : ResponseCache.open(cacheFileIn(config.cacheDir))) : opts.cache;
  loadTokenizer(); // now, not in the middle of a run: building it blocks the event loop
  const shape: RequestShape = {
    profile: profileFor(config.provider, config.baseUrl),
    extraBody: config.extraBody,
    contextTokens: config.contextTokens,
  };
  const budget = opts.budget ?? new Budget(config);
  const transport = new Transport(config, budget, opts.random);
  /** With a dollar cap every request carries an output limit, so its worst-case cost is known before it is sent. */
  const roleSettings = (role: Role): RoleSettings => {
    const settings = config.roles[role];
    return budgeted && settings.maxOutputTokens === null
      ? { ...settings, maxOutputTokens: BUDGET_MAX_OUTPUT_TOKENS }
      : settings;
  };
  const build = (
    role: Role,
    model: string,
    messages: StructuredRequest<unknown>['messages'],
    m: StructuredOutputMode,
    format: JsonSchemaFormat,
  ) => buildBody(shape, roleSettings(role), messages, model, m, format);
  const taskUsage = new Map<string, Usage>();
  let total = emptyUsage();
  let mode: StructuredOutputMode = config.structuredOutput;
  let probeFailed = false;

  const record = (e: CallEvent): void => {
    taskUsage.set(e.taskId, addUsage(taskUsage.get(e.taskId) ?? emptyUsage(), e.usage));
    total = addUsage(total, e.usage);
    opts.onCall?.(e);
  };

  async function structured<T>(req: StructuredRequest<T>): Promise<StructuredResult<T>> {
    const call = new CallRecord(req, req.model ?? config.roles[req.role].model, config.apiKey, record);
    const price = priceFor(prices, call.model);
    try {
      if (budgeted && req.model !== undefined) requirePrice(prices, call.model);
      budget.startCall(req.taskId);
      const format = responseFormatFor(req.schema, req.schemaName);
      let last: ModelOutputError | undefined;
      for (let attempt = 0; attempt <= config.outputRetries; attempt++) {
        const request = build(req.role, call.model, req.messages, mode, format);
        checkContext(request, shape, req.role);
        const key = cache ? cacheKey(keyMaterial(config.baseUrl, request, req.sample ?? 0)) : null;
        const hit = attempt === 0 && key && !config.refreshCache ? fromCache(key, req, price) : undefined;
        if (hit) return call.succeed({ ...emptyUsage(), cacheHits: 1 }, hit, true);
        const answer = await send(request, req, (u) => call.add(u), price, key ?? undefined);
        const parsed = parseAnswer(answer.content, req.schema);
        if (parsed.ok) {
          if (key) cache?.put(key, answer);
          return call.succeed(call.usage, { value: parsed.value, answer }, false);
        }
        last = outputError(call, req, answer, parsed.issues, attempt + 1, config.outputRetries + 1);
        // Cut by the token limit: the identical request would be cut again, so it is not re-sent.
        if (answer.finishReason === 'length') break;
      }
      throw last!;
    } catch (err) {
      throw call.fail(err);
    }
  }

  /** A cached answer that still validates (the budget is charged its original price), or undefined. */
  function fromCache<T>(
    key: string,
    req: StructuredRequest<T>,
    price: Price | null,
  ): { value: T; answer: CachedAnswer } | undefined {
    const answer = cache?.get(key);
    const parsed = answer ? parseAnswer(answer.content, req.schema) : undefined;
    if (!answer || !parsed?.ok) return undefined;
    budget.chargeReplay(req.taskId, costOf(price, answer) ?? 0, key);
    return { value: parsed.value, answer };
  }

  /** One answer from the endpoint; falls back to text mode once if response_format is rejected. */
  async function send<T>(
    request: ChatRequest,
    req: StructuredRequest<T>,
    add: (u: Usage) => void,
    price: Price | null,
    key?: string,
  ): Promise<CachedAnswer> {
    const tally = { requests: 0 };
    const t0 = Date.now();
    let answer: CachedAnswer | undefined;
    const onResponse = (completion: ChatCompletion): number => {
      const read = readCompletion(completion, request.model, shape.profile.reasoningOutsideCompletion);
      const { usageKnown, ...rest } = read;
      answer = rest;
      const cost = usageKnown ? costOf(price, answer) : null;
      add({
        requests: tally.requests,
        cacheHits: 0,
        promptTokens: answer.promptTokens,
        completionTokens: answer.completionTokens,
        reasoningTokens: answer.reasoningTokens,
        costUsd: cost,
        latencyMs: Date.now() - t0,
      });
      // Without believable usage the budget is charged the tokenizer's estimate.
      return cost ?? costOf(price, estimateTokens(request, answer.content)) ?? 0;
    };
    const worstUsd = costOf(price, worstCaseTokens(request)) ?? 0;
    // A timed-out request may still be billed: its cost is unknown (null, never $0), and the
    // budget is charged its worst case, the prompt plus the most it could have written.
    const onTimeout = (): number => {
      add({ ...emptyUsage(), costUsd: null });
      return worstUsd;
    };
    const headers = requestHeaders(shape.profile, request);
    try {
      await transport.send(request, {
        taskId: req.taskId,
        signal: req.signal,
        tally,
        onResponse,
        onTimeout,
        headers,
        worstUsd,
        key,
      });
    } catch (err) {
      add({ ...emptyUsage(), requests: tally.requests });
      if (request.response_format && err instanceof ProviderError) {
        const probe = shape.profile.probeSchemaRejection && !probeFailed && mayRejectSchema(err.cause);
        if (rejectsResponseFormat(err.cause) || probe) return askInText(err, req, request.model, add, price, key);
      }
      throw err;
    }
    return answer!;
  }

  /**
   * The endpoint answered 400 to a request with response_format. When its error names
   * response_format, it has no structured output: switch to text mode for good. When it names no
   * parameter and the profile says such 400s may be about the schema (Gemini-backed endpoints),
   * ask once in text mode: if that is answered, the schema was the problem and text mode stays;
   * if not, the 400 was about something else: it is thrown, and no later 400 is probed.
   */
  async function askInText<T>(
    rejection: ProviderError,
    req: StructuredRequest<T>,
    model: string,
    add: (u: Usage) => void,
    price: Price | null,
    key?: string,
  ): Promise<CachedAnswer> {
    const certain = rejectsResponseFormat(rejection.cause);
    if (certain) mode = 'text';
    const text = build(req.role, model, req.messages, 'text', responseFormatFor(req.schema, req.schemaName));
    try {
      const answer = await send(text, req, add, price, key);
      mode = 'text'; // this endpoint has no structured output: ask for JSON in the prompt from now on
      return answer;
    } catch (err) {
      if (certain || !(err instanceof ProviderError && err.status === 400)) throw err;
      probeFailed = true; // the 400s are about something else: do not probe again
      throw rejection;
    }
  }

  return {
    models: {
      planner: config.roles.planner.model,
      repairer: config.roles.repairer.model,
      follower: config.roles.follower.model,
    },
    structured,
    usageFor: (taskId) => taskUsage.get(taskId) ?? emptyUsage(),
    totals: () => total,
    budgetStopped: (taskId) => budget.isStopped(taskId),
    stoppedTasks: () => budget.stoppedTasks(),
    structuredOutputMode: () => mode,
    close: () => {
      if (ownsCache) cache?.close();
    },
  };
}

/** A dollar budget cannot be kept for a model without a price: refuse before any work starts. */
function requirePrice(prices: PriceTable, model: string): void {
  if (priceFor(prices, model) !== null) return;
  throw new LlmConfigError(
    `no price known for model "${model}", so a dollar budget cannot be enforced: pass --price ${model}=INPUT/OUTPUT ` +
      '(USD per million tokens; env ARCMEM_PRICES) or drop --budget-usd / --task-budget-usd.',
  );
}

/** One call's usage so far, and its single CallEvent when it ends. */
class CallRecord<T> {
  usage: Usage = emptyUsage();
  private readonly started = Date.now();
  private finished = false;

  constructor(
    private readonly req: StructuredRequest<T>,
    readonly model: string,
    private readonly apiKey: string | null,
    private readonly record: (e: CallEvent) => void,
  ) {}

  add(u: Usage): void {
    this.usage = addUsage(this.usage, u);
  }

  succeed(usage: Usage, got: { value: T; answer: CachedAnswer }, cached: boolean): StructuredResult<T> {
    this.usage = usage;
    this.finish(cached);
    return {
      value: got.value,
      usage: this.usage,
      cached,
      model: got.answer.model,
      finishReason: got.answer.finishReason,
    };
  }

  /** Records the failure and returns the error to throw, carrying the call's usage. */
  fail(err: unknown): unknown {
    this.finish(false, err);
    if (err instanceof LlmError) err.usage = this.usage;
    return err;
  }

  private finish(cached: boolean, error?: unknown): void {
    if (this.finished) return; // an onCall that throws must not record the call twice
    this.finished = true;
    const latencyMs = Date.now() - this.started;
    this.usage = { ...this.usage, latencyMs };
    const { taskId, role, sample } = this.req;
    const err =
      error instanceof Error ? { error: { name: error.name, message: redact(error.message, [this.apiKey]) } } : {};
    this.record({ taskId, role, model: this.model, sample, cached, usage: this.usage, latencyMs, ...err });
  }
}

function outputError<T>(
  call: CallRecord<T>,
  req: StructuredRequest<T>,
  answer: CachedAnswer,
  issues: readonly OutputIssue[],
  attempt: number,
  of: number,
): ModelOutputError {
  const where = issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  const advice =
    answer.finishReason === 'length'
      ? '. The answer was cut by the output token limit and was not asked again: raise --max-output-tokens ' +
        `(or --${req.role}-max-output-tokens), or lower the reasoning effort`
      : '';
  return new ModelOutputError(
    `${call.model} (${req.role}) gave an answer that does not match schema "${req.schemaName}" ` +
      `(attempt ${attempt} of ${of}, finish reason ${answer.finishReason ?? 'unknown'}): ${where}${advice}`,
    answer.content,
    call.usage,
    answer.finishReason,
    issues,
    call.model,
    req.role,
    attempt,
  );
}
