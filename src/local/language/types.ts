/** The step language's data: a program is a list of steps, each a named step kind with arguments. */
import type { Colour, Grid } from '../../arc/grid.js';

/** A colour map (from → to) used by recolouring steps. */
export type ColourMap = Readonly<Record<number, Colour>>;
/** One argument value: a colour or count, an option word, a map, or layers (sub-programs). */
export type ArgValue = number | string | ColourMap | Layers;
export type Args = Readonly<Record<string, ArgValue>>;

/** How an argument is written in English. */
export type ArgType =
  | { readonly kind: 'colour' }
  | { readonly kind: 'int' }
  | { readonly kind: 'enum'; readonly options: readonly string[] }
  /** "colour 1 to colour 2, colour 3 to colour 4" */
  | { readonly kind: 'map' }
  /** "1 to colour 2, 3 to colour 4, others to colour 5": a number (a size, a rank...) to a colour; key -1 is "others" */
  | { readonly kind: 'sizemap' }
  /** "above to colour 2, below left to colour 4, itself to colour 0": a place around an object (PLACES of stamp.ts) to a colour */
  | { readonly kind: 'placemap' }
  /** "layer 1 is (the grid as it is); layer 2 is (mirror the grid left to right, then …)": sub-programs run on the grid */
  | { readonly kind: 'layers' };

/** One kind of step: its English template and what it does to a grid. */
export interface StepDef {
  readonly name: string;
  /** The sentence, with `{arg}` placeholders, e.g. "Swap {a} and {b}." */
  readonly template: string;
  readonly args: Readonly<Record<string, ArgType>>;
  /** The new grid, or null when the step does not apply to this grid; `run` carries out a sub-program. */
  readonly apply: (g: Grid, a: Args, run: RunProgram) => Grid | null;
}

/** A step of a program. */
export interface Step {
  readonly name: string;
  readonly args: Args;
}
export type Program = readonly Step[];
/** Sub-programs, each run on the same grid (the argument of a layering step). */
export type Layers = readonly Program[];
/** Runs a program on a grid: null when a step does not apply. */
export type RunProgram = (program: Program, g: Grid) => Grid | null;

export const colourArg = { kind: 'colour' } as const;
export const intArg = { kind: 'int' } as const;
export const enumArg = (options: readonly string[]): ArgType => ({ kind: 'enum', options });

/** Reads a number argument. */
export const num = (a: Args, k: string): number => a[k] as number;
/** Reads an option argument. */
export const opt = <T extends string>(a: Args, k: string): T => a[k] as T;
/** Reads a map argument. */
export const cmap = (a: Args, k: string): ColourMap => a[k] as ColourMap;
/** Reads a layers argument. */
export const layers = (a: Args, k: string): Layers => a[k] as Layers;
