# Workflow 3 self-check for Windows PowerShell: starts your app and its database under their own
# name, password and port, checks that the report shows what Postgres holds, and removes it all.
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
# The PASS and FAIL lines and the gates every self-check shares (../../shared: in the lab's zip, beside this folder).
$shared = "$PSScriptRoot/../../shared/self-check.ps1"
if (-not (Test-Path $shared)) { Write-Host "FAIL  $shared is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1 }
. $shared
$env:COMPOSE_PROJECT_NAME = 'w3-selfcheck'
$env:POSTGRES_PASSWORD = "selfcheck-$PID-$(Get-Random)"
$env:REPORT_PORT = '0'

function Compose { docker compose --project-directory $Folder @args }
function Cleanup { Compose down --volumes --remove-orphans 2>&1 | Out-Null }
function Count([string]$Query) {
  return (Compose exec -T db psql --username analyst --dbname flowers --tuples-only --no-align --command $Query 2>$null | Out-String).Trim()
}

Assert-Docker
Assert-Compose
if (-not (Test-Path (Join-Path $Folder 'compose.yaml'))) { Fail "There is no $Folder\compose.yaml." "Run this script from the w3-data-app folder: .\check.ps1 $Folder" }
Pass 'Docker and Compose v2 are running'

Cleanup
$upOutput = Compose up --build --wait --detach 2>&1
if ($LASTEXITCODE -ne 0) {
  $upOutput | Select-Object -Last 12 | ForEach-Object { Write-Host $_ }
  Compose logs --tail 15 db 2>&1 | ForEach-Object { Write-Host $_ }
  Fail 'docker compose up --wait did not get both services healthy (output and logs above).' 'Does db have the healthcheck of TODO 2? Are the mounts of TODO 1 right?'
}
Pass 'the app and the database are up and healthy'

$stored = Count 'SELECT count(*) FROM iris'
if ($stored -ne '150') { Fail "Postgres holds $stored rows, not 150." 'load.sql runs only on an empty volume, with the CSV mounted at /data/iris.csv (TODO 1).' }
Pass 'Postgres loaded the 150 rows of data/iris.csv'

$port = ((Compose port app 8000 | Select-Object -First 1) -split ':')[-1].Trim()
try {
  $page = (Invoke-WebRequest -Uri "http://127.0.0.1:$port/" -UseBasicParsing -TimeoutSec 10).Content
} catch {
  Fail "The report does not answer on port $port." 'Look at: docker compose logs app'
}
if (-not $page.Contains("<strong>$stored flowers</strong>")) { Fail "The report does not show the $stored flowers Postgres holds." 'Look at: docker compose logs app' }
Pass "the report shows the $stored flowers that psql counts"

Cleanup
Write-Host ''
Write-Host 'All checks passed. Well done!'
