# Workflow 4 self-check for Windows PowerShell: starts your API (lab 04's image) on a free port,
# checks one prediction, runs your score.py on data\flowers.csv, and stops everything it started.
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
# The PASS and FAIL lines and the gates every self-check shares (../../shared: in the lab's zip, beside this folder).
$shared = "$PSScriptRoot/../../shared/self-check.ps1"
if (-not (Test-Path $shared)) { Write-Host "FAIL  $shared is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1 }
. $shared
$env:COMPOSE_PROJECT_NAME = 'w4-selfcheck'
$env:API_PORT = '0'

function Compose { docker compose --project-directory $Folder @args }
function Cleanup { Compose down --remove-orphans 2>&1 | Out-Null }

Assert-Docker
Assert-Compose
$composeFile = Join-Path $Folder 'compose.yaml'
if (-not (Test-Path $composeFile)) { Fail "There is no $Folder\compose.yaml." "Run this script from the w4-api folder: .\check.ps1 $Folder" }
Pass 'Docker and Compose v2 are running'

if (Select-String -Path $composeFile -Pattern 'your-lab-04-image:TODO' -SimpleMatch -Quiet) { Fail 'compose.yaml still runs the placeholder image.' "Write your lab 04 image's name and tag (TODO 1)." }
$upOutput = Compose up --detach --wait api 2>&1
if ($LASTEXITCODE -ne 0) {
  $upOutput | Select-Object -Last 10 | ForEach-Object { Write-Host $_ }
  Fail 'The API did not start healthy (the output is above).' 'Is your lab 04 image built (docker image ls iris-api)?'
}
$published = (Compose port api 8000 2>$null | Out-String).Trim()
# Compose prints ":0" (or nothing, in older versions) for a port that is not published.
if ($published -eq '' -or $published -eq ':0') { Fail "The API's port 8000 is not published." 'Add the ports of TODO 2: "127.0.0.1:${API_PORT:-8087}:8000".' }
if (-not $published.StartsWith('127.0.0.1:')) { Fail "The API is published on $published, not on 127.0.0.1." 'Start the port with 127.0.0.1: (TODO 2).' }
Pass "the API is healthy, published on $published"

try {
  $answer = Invoke-RestMethod -Uri "http://$published/predict?sepal_length=7.7&sepal_width=3.0&petal_length=6.1&petal_width=2.3" -TimeoutSec 10
} catch {
  Fail 'The API did not answer.' 'Look at: docker compose logs api'
}
if ($answer.species -ne 'virginica') { Fail "The prediction is not virginica: $($answer | ConvertTo-Json -Compress)" 'Is it your lab 04 image?' }
Pass 'GET /predict answers virginica'

$scored = (Compose run --rm score 2>&1 | Out-String)
if ($LASTEXITCODE -ne 0) { Write-Host $scored; Fail 'score.py failed (its last lines are above).' 'Do TODO 3 of score.py.' }
if (-not $scored.Contains('12 flowers scored: setosa 4, versicolor 4, virginica 4')) { Fail "score.py did not score the 12 flowers: $($scored.Trim())" 'TODO 3: take the list of predictions out of the answer.' }
Pass 'score.py scores data/flowers.csv: 4 setosa, 4 versicolor, 4 virginica'

Cleanup
Write-Host ''
Write-Host 'All checks passed. Well done!'
