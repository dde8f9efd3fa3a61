/**
 * What the pages' scripts receive: the run report's embedded JSON and the library server's
 * answers. Types only, shared by the Node side that builds them and the browser side that reads them.
 */

/** A grid packed as one digit string per row. */
export type PackedGrid = readonly string[];

/** One train example of a candidate: its output (null when exact or missing), whether it was exact, the expected grid when it is not the train output. */
export interface ReportExample {
  readonly o: PackedGrid | null;
  readonly x: true | undefined;
  readonly e: PackedGrid | undefined;
  readonly s: number;
  readonly err: string | undefined;
}

export interface ReportCandidate {
  readonly id: string;
  readonly step: string;
  readonly stepIndex: number;
  readonly parents: readonly string[];
  readonly seeds: readonly string[];
  readonly fitness: number;
  readonly perfect: boolean;
  readonly text: string;
  readonly note: string | null;
  readonly ex: readonly ReportExample[];
}

export interface ReportTask {
  readonly id: string;
  readonly status: string;
  readonly error: string | null;
  readonly solved: boolean | null;
  readonly score: number | null;
  readonly trainPerfect: boolean;
  readonly viaLibrary: boolean;
  readonly calls: { readonly planner: number; readonly repairer: number; readonly follower: number };
  readonly costUsd: number | null;
  readonly callsToFirstPerfect: number | null;
  readonly best: string | null;
  readonly libraryHits: readonly string[];
  readonly train: readonly { readonly i: PackedGrid; readonly o: PackedGrid }[] | null;
  readonly test: readonly { readonly i: PackedGrid; readonly o: PackedGrid | null }[] | null;
  readonly attempts: readonly (readonly [PackedGrid, PackedGrid])[];
  readonly correct: readonly boolean[] | null;
  readonly cands: readonly ReportCandidate[];
}

/** The run report's embedded JSON. */
export interface ReportData {
  readonly tasks: readonly ReportTask[];
}

/** A library entry as lists and searches send it: the library's TraceEntry without vectors and grids (library-server.ts checks it sends this). */
export interface EntryJson {
  readonly id: string;
  readonly taskId: string;
  readonly dataset: string;
  readonly instruction: string;
  readonly step: string;
  readonly stepIndex: number;
  readonly candidateId: string;
  readonly fitness: number;
  readonly trainPerfect: boolean;
  readonly testVerified: boolean | null;
  readonly nearMiss: boolean;
  readonly plannerModel: string;
  readonly repairerModel: string;
  readonly followerModel: string;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly costUsd: number | null;
  readonly createdAt: string;
  readonly seededBy: readonly string[];
  readonly taskSource: string | null;
  readonly hasTask: boolean;
}

/** A task's grids, as the library server sends them with an entry. */
export interface EntryTaskJson {
  readonly train: readonly { readonly input: number[][]; readonly output: number[][] }[];
  readonly test: readonly { readonly input: number[][]; readonly output?: number[][] }[];
}

/** `GET /api/entry/:id`. */
export interface EntryAnswerJson {
  readonly entry: EntryJson;
  readonly seeds: readonly EntryJson[];
  readonly descendants: readonly EntryJson[];
  readonly task: EntryTaskJson | null;
}

/** One hit of `GET /api/similar`. */
export interface NeighbourJson {
  readonly entry: EntryJson;
  readonly distance: number;
  readonly sameTask: boolean;
}

/** One hit of `GET /api/search`. */
export interface SearchHitJson {
  readonly entry: EntryJson;
  readonly matchedBy: readonly string[];
}

/** `GET /api/stats`. */
export interface StatsJson {
  readonly entries: number;
  readonly tasks: number;
  readonly datasets: Readonly<Record<string, number>>;
  readonly verifiedShare: number;
}
