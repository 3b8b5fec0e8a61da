// Made by `npm run labs:sizes` from the last `npm run labs:check`: bytes each lab image adds to its base image.
export const IMAGE_OWN_BYTES = {} as const;
