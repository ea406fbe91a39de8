// Public entry of the scenario engine shared by all simulators.
export { createScenario, scenarioValues, listScenarios, isScenarioName, DEFAULT_NIBP_INTERVAL_MS } from './engine';
export type { ScenarioName } from './catalogue';
export type { Scenario, ScenarioOptions, ScenarioSample, VitalValues } from './types';
