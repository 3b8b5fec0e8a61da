/**
 * A person using lab 05's front end in Chromium, through nginx: choose the sample file, upload it,
 * read the table, download the CSV, upload a broken file and read what to fix, find the upload in
 * the list, and read it all on a phone.
 */
import {readFileSync} from 'node:fs';
import {expect, test} from '@playwright/test';
import {SAMPLE_SPECIES, sampleCsv} from './stack';

test('upload the sample, read the predictions, download them, and find the upload again', async ({page}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Predict iris species from a CSV');
  await page.getByLabel('CSV file').setInputFiles(sampleCsv);
  await page.getByRole('button', {name: 'Upload and predict'}).click();

  const title = page.getByRole('heading', {level: 1});
  await expect(title).toHaveText(/^Upload #\d+: flowers\.csv$/);
  const uploadTitle = (await title.textContent()) ?? '';
  const table = page.getByRole('table').filter({has: page.locator('caption', {hasText: 'Predictions'})});
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(12);
  expect(await rows.locator('td:nth-child(6)').allTextContents()).toEqual(SAMPLE_SPECIES);
  // Each row's probabilities add up to 1, and the predicted species has the largest.
  for (const cells of await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))) {
    const probabilities = cells.slice(6).map(Number);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 3);
    expect(['setosa', 'versicolor', 'virginica'][probabilities.indexOf(Math.max(...probabilities))]).toBe(cells[5]);
  }

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', {name: 'Download the predictions (CSV)'}).click(),
  ]);
  expect(download.suggestedFilename()).toBe('flowers-predictions.csv');
  const downloaded = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\n');
  const sample = readFileSync(sampleCsv, 'utf8').trim().split('\n');
  expect(downloaded).toHaveLength(sample.length);
  downloaded.slice(1).forEach((line, index) => {
    const cells = line.split(',');
    expect(cells[0]).toBe(String(index + 2));
    expect(cells.slice(1, 5).map(Number)).toEqual(sample[index + 1]?.split(',').map(Number));
    expect(cells[5]).toBe(SAMPLE_SPECIES[index]);
  });

  await page.getByRole('link', {name: 'Past uploads'}).click();
  const id = /#(\d+)/.exec(uploadTitle)?.[1] ?? 'none';
  await page.getByRole('link', {name: `#${id}`, exact: true}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(uploadTitle);
});

test('a broken file gets a message naming the row and column, and is not listed', async ({page}) => {
  await page.goto('/uploads');
  const listedBefore = await page.locator('tbody tr').count();
  await page.goto('/');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'typo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n6.3,3.3,6..0,2.5\n'),
  });
  await page.getByRole('button', {name: 'Upload and predict'}).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('typo.csv was not saved');
  await expect(alert).toContainText("Row 3, column petal_length: '6..0' is not a number.");
  await expect(page.getByLabel('CSV file')).toBeVisible();
  await page.getByRole('link', {name: 'Past uploads'}).click();
  await expect(page.locator('tbody tr')).toHaveCount(listedBefore);
});

test('the result page reads on a phone: no sideways scrolling of the page itself', async ({page}) => {
  await page.setViewportSize({width: 375, height: 740});
  await page.goto('/');
  await page.getByLabel('CSV file').setInputFiles(sampleCsv);
  await page.getByRole('button', {name: 'Upload and predict'}).click();
  await expect(page.getByRole('table')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The wide table scrolls inside its own box instead.
  const box = await page.locator('.table-wrap').evaluate((el) => ({scroll: el.scrollWidth, client: el.clientWidth}));
  expect(box.scroll).toBeGreaterThan(box.client);
});
