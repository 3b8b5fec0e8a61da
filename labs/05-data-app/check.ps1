# Lab 05 self-check for Windows PowerShell: starts your data application under its own name and on
# a free port, uploads data\flowers.csv through nginx, checks the predictions on the result page and
# the rows stored in Postgres, sends a broken file that must be refused, and removes what it started.
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
# The PASS and FAIL lines and the gates every self-check shares (../shared: in the lab's zip, beside this folder).
$shared = "$PSScriptRoot/../shared/self-check.ps1"
if (-not (Test-Path $shared)) { Write-Host "FAIL  $shared is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1 }
. $shared
# Its own project name, password and port: your own stack and its data are left alone.
$env:COMPOSE_PROJECT_NAME = 'lab05-selfcheck'
$env:POSTGRES_PASSWORD = "selfcheck-$PID-$(Get-Random)"
$env:APP_PORT = '0'
# curl.exe comes with Windows 10 and 11; in Windows PowerShell, plain `curl` is Invoke-WebRequest.
$curl = if (Get-Command curl.exe -ErrorAction SilentlyContinue) { 'curl.exe' } else { 'curl' }

function Compose { docker compose --project-directory $Folder @args }
function Cleanup { Compose down --volumes --remove-orphans 2>&1 | Out-Null }
function Sql([string]$Query) {
  return (Compose exec -T db psql --username iris --dbname iris --tuples-only --no-align --command $Query | Out-String).Trim()
}

Assert-Docker
Assert-Compose
if (-not (Get-Command $curl -ErrorAction SilentlyContinue)) { Fail 'curl is not installed.' 'Windows 10 and 11 have curl.exe; install curl and run this again.' }
$composeFile = Join-Path $Folder 'compose.yaml'
if (-not (Test-Path $composeFile)) { Fail "There is no $Folder\compose.yaml." "Run this script from the lab folder: .\check.ps1 $Folder" }
Pass 'Docker and Compose v2 are running'

if (Select-String -Path $composeFile -Pattern 'your-lab-04-image:TODO' -SimpleMatch -Quiet) {
  Fail 'compose.yaml still runs the placeholder image of the api service.' 'Do the TODOs of the api service: your lab 04 image by name and tag, the backend network, a restart policy.'
}
$configError = (Compose config --quiet 2>&1 | Out-String).Trim()
if ($LASTEXITCODE -ne 0) { Fail "docker compose config refuses compose.yaml: $configError" 'Fix the line it names (indentation is two spaces per level) and run this again.' }
Pass 'compose.yaml is valid'

Cleanup
$upOutput = Compose up --build --wait --detach 2>&1
if ($LASTEXITCODE -ne 0) {
  $upOutput | Select-Object -Last 12 | ForEach-Object { Write-Host $_ }
  Compose ps --all 2>&1 | ForEach-Object { Write-Host $_ }
  Compose logs --tail 15 api web 2>&1 | ForEach-Object { Write-Host $_ }
  Fail 'docker compose up --wait did not get every service healthy (output, states and logs above).' 'A service that is not healthy, or an image that cannot be found, is named above. Is your API image built (docker image ls)? Does its HEALTHCHECK answer?'
}
Pass 'all four services are up and healthy'

$port = ((Compose port nginx 80 | Select-Object -First 1) -split ':')[-1].Trim()
$base = "http://127.0.0.1:$port"
if ((Compose ps | Out-String) -match '0\.0\.0\.0:|:::') { Fail 'A port is published on every network interface.' 'Publish on 127.0.0.1 only, as the given compose.yaml does.' }
Pass "nginx answers on $base (127.0.0.1 only)"

$before = [int](Sql 'SELECT count(*) FROM predictions')
$flowers = Join-Path (Join-Path $Folder 'data') 'flowers.csv'
$page = (& $curl -sS -L -F "file=@$flowers" "$base/uploads" | Out-String)
if ($LASTEXITCODE -ne 0) { Fail "The upload did not get an answer from $base." 'Look at: docker compose logs nginx web' }
foreach ($expected in @('12 flower(s)', 'setosa: <strong>4</strong>', 'versicolor: <strong>4</strong>', 'virginica: <strong>4</strong>')) {
  if (-not $page.Contains($expected)) {
    $start = ($page -replace '\s+', ' ')
    Fail "The result page lacks `"$expected`"." "Its start was: $($start.Substring(0, [Math]::Min(300, $start.Length)))"
  }
}
Pass 'data/flowers.csv gets 12 predictions: 4 setosa, 4 versicolor, 4 virginica'

$after = [int](Sql 'SELECT count(*) FROM predictions')
if ($after -ne $before + 12) { Fail "Postgres holds $after prediction rows, expected $($before + 12)." 'Look at: docker compose logs web db' }
Pass 'Postgres stores the 12 predictions'

$broken = Join-Path ([System.IO.Path]::GetTempPath()) 'lab05-broken.csv'
Set-Content -Path $broken -Encoding Ascii -Value "sepal_length,sepal_width,petal_length,petal_width`n5.1,3.5,abc,0.2"
$status = (& $curl -sS -o ([System.IO.Path]::GetTempFileName()) -w '%{http_code}' -F "file=@$broken;filename=broken.csv" "$base/uploads" | Out-String).Trim()
Remove-Item $broken
if ($status -ne '400') { Fail "A broken file got status $status, expected 400." 'The front end must refuse it before calling the API.' }
if ([int](Sql 'SELECT count(*) FROM predictions') -ne $after) { Fail 'A broken file changed the database.' 'Nothing of a refused file may be stored.' }
Pass 'a broken file is refused (400) and writes nothing'

Cleanup
Write-Host ''
Write-Host 'All checks passed. Well done!'
