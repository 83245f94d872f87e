/**
 * Derived importance (key-driver analysis) and the importance–performance map.
 */
export { deriveImportance } from './deriveImportance';
export type {
  DeriveImportanceInput,
  DeriveImportanceResult,
  DriverColumn,
  DriverImportance,
} from './deriveImportance';
export { bootstrapImportance, quantileSorted } from './bootstrap';
export type { BootstrapInput, BootstrapResult, DriverIntervals, Interval } from './bootstrap';
export { correlationMatrix, correlationOfRowMajor, covarianceMatrix } from './correlation';
export type { MatrixOptions, MatrixResult } from './correlation';
export { midRanks, pearson, spearman } from './rankCorrelation';
export { completeRows, pairMoments, usableWeights, validateColumns, weightedMean } from './sample';
export type { MissingHandling, PairMoments, SampleSize } from './sample';
export { at, jacobiEigen, matrixFromRows, matrixToRows, solveGaussian, sweep } from './linalg';
export type { Eigen, SquareMatrix } from './linalg';
export {
  COLLINEARITY_TOLERANCE,
  augmentedMatrix,
  driverCorrelations,
  standardizedRegression,
} from './regression';
export type { DriverCorrelations, StandardizedRegression } from './regression';
export { relativeWeights } from './relativeWeights';
export type { RelativeWeights } from './relativeWeights';
export { MAX_SHAPLEY_DRIVERS, allSubsetsR2, shapley, shapleyFromSubsets, shapleyNaive } from './shapley';
export type { ShapleyResult } from './shapley';
export { importancePerformanceMap, ipaCrosshair } from './ipa';
export type {
  AxisScale,
  CrosshairRule,
  IpaOptions,
  IpaPoint,
  IpaPointResult,
  IpaResult,
  Quadrant,
} from './ipa';
export {
  DEFAULT_SHAPLEY_SEED,
  EXACT_SHAPLEY_MAX_DRIVERS,
  SAMPLED_PERMUTATIONS,
  chooseMethod,
  decomposeR2,
} from './decomposition';
export type { Decomposition, DecompositionOptions, IndexedGroup, ShapleyMethod } from './decomposition';
export { OWEN_MAX_WORK, owen, owenWork } from './owen';
export type { DriverGroups } from './owen';
export { sampledShapley } from './sampledShapley';
export type { SampledShapleyOptions, SampledShapleyResult } from './sampledShapley';
