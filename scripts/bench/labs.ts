/** Lab figures: full lab-check seconds from an empty cache (cold) and again (warm), and image sizes. */
import {coldAndWarm} from '../lab-checker/bench';
import type {Figure} from './site';

export interface LabFigures {
  readonly figures: Figure[];
  readonly note: string;
}

export async function measureLabChecks(): Promise<LabFigures> {
  const {cold, warm} = await coldAndWarm();
  if (cold.exitCode !== 0 || warm.exitCode !== 0) {
    throw new Error('The lab check failed during the benchmark: run "npm run labs:check" to see why.');
  }
  const figures: Figure[] = [
    {name: 'full lab check, cold (empty cache)', value: cold.figures.totalSeconds, unit: 's'},
    {name: '  of which engine and base images', value: cold.figures.setupSeconds, unit: 's'},
    {name: 'full lab check, warm', value: warm.figures.totalSeconds, unit: 's'},
    ...warm.figures.labs.map((lab) => ({name: `  lab ${lab.id}, warm`, value: lab.seconds, unit: 's'})),
    ...warm.figures.images.flatMap((image) => [
      {name: `image ${image.lab}/${image.name}`, value: Math.round(image.sizeBytes / 1e5) / 10, unit: 'MB'},
      ...(image.ownBytes === undefined
        ? []
        : [{name: '  its own layers, above the base image', value: Math.round(image.ownBytes / 1e5) / 10, unit: 'MB'}]),
    ]),
  ];
  return {figures, note: `Lab world: ${warm.figures.world}; image sizes are ${warm.figures.sizeNote}.`};
}
