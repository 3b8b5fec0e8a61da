// Made by `npm run labs:sizes` from the last `npm run labs:check`: bytes each lab image adds to its base image.
export const IMAGE_OWN_BYTES = {
  "01-docker-basics/hello": 9133,
  "02-workflows/w1-jupyter/notebook": 534500000,
  "02-workflows/w2-project/env": 434300000,
  "02-workflows/w3-data-app/app": 35600000,
  "03-model/notebook": 532700000,
  "03-model/starter-notebook": 532700000,
  "04-rest-api/api": 280900000,
  "05-data-app/web": 35579815
} as const;
