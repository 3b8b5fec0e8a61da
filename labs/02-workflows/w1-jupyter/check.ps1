# Workflow 1 self-check for Windows PowerShell: builds your image, starts Jupyter with a token on a
# free port, checks that it answers with the token and refuses without it, that tini is PID 1 and
# the user is not root, and runs the baked-in notebook headless.
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
# The PASS and FAIL lines and the gates every self-check shares (../../shared: in the lab's zip, beside this folder).
$shared = "$PSScriptRoot/../../shared/self-check.ps1"
if (-not (Test-Path $shared)) { Write-Host "FAIL  $shared is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1 }
. $shared
$image = 'w1-analysis:selfcheck'
$container = 'w1-selfcheck'
$token = "selfcheck-$PID-$(Get-Random)"

function Cleanup {
  docker rm -f $container 2>&1 | Out-Null
  docker rmi -f $image 2>&1 | Out-Null
}
# The HTTP status of a GET, also for 4xx answers (PowerShell 5.1 and 7); 0 when nothing answers.
function StatusOf([string]$Url) {
  try {
    return [int](Invoke-WebRequest -Uri $Url -UseBasicParsing -TimeoutSec 10).StatusCode
  } catch {
    if ($null -eq $_.Exception.Response) { return 0 }
    return [int]$_.Exception.Response.StatusCode
  }
}

Assert-Docker
if (-not (Test-Path (Join-Path $Folder 'Dockerfile'))) { Fail "There is no $Folder\Dockerfile." "Run this script from the w1-jupyter folder: .\check.ps1 $Folder" }
Pass 'Docker is running'

Build-Image $image $Folder

docker run --detach --name $container --env "JUPYTER_TOKEN=$token" --publish 127.0.0.1::8888 $image | Out-Null
# No port when the container has already stopped (no CMD yet, say): that is the error to report.
$published = docker port $container 8888/tcp 2>$null | Select-Object -First 1
if (-not $published) {
  docker logs $container 2>&1 | Select-Object -Last 15 | ForEach-Object { Write-Host $_ }
  Fail 'The container stopped (its log is above).' 'Is the CMD of TODO 4 in exec form, with --ip=0.0.0.0?'
}
$port = ($published -split ':')[-1].Trim()
$base = "http://127.0.0.1:$port"
for ($i = 0; $i -lt 60; $i++) {
  if ((StatusOf "$base/api") -eq 200) { break }
  $running = (docker inspect --format '{{.State.Running}}' $container | Out-String).Trim()
  if ($running -ne 'true') {
    docker logs $container 2>&1 | Select-Object -Last 15 | ForEach-Object { Write-Host $_ }
    Fail 'The container stopped (its log is above).' 'Is the CMD of TODO 4 in exec form, with --ip=0.0.0.0?'
  }
  Start-Sleep -Seconds 1
}
if ((StatusOf "$base/api") -ne 200) { Fail 'Jupyter does not answer on port 8888 of the container.' 'Start it with --ip=0.0.0.0 --port=8888 (TODO 4): 127.0.0.1 inside a container is unreachable from outside.' }
Pass "Jupyter answers on $base"

$status = StatusOf "$base/api/contents/analysis.ipynb?content=0&token=$token"
if ($status -ne 200) { Fail "With the token, Jupyter answered $status, not 200." 'Is analysis.ipynb copied into the working folder (TODO 1)? Is the token left to JUPYTER_TOKEN?' }
Pass 'with the token, it serves analysis.ipynb'

$status = StatusOf "$base/api/contents/analysis.ipynb?content=0"
if ($status -ne 403) { Fail "Without the token, Jupyter answered $status, not 403." "Never disable the token (no --IdentityProvider.token='')." }
Pass 'without the token, it refuses (403)'

if ((docker exec $container cat /proc/1/comm | Out-String).Trim() -ne 'tini') { Fail 'PID 1 is not tini.' 'Keep the starter''s ENTRYPOINT ["tini", "--"].' }
if ((docker exec $container id -u | Out-String).Trim() -eq '0') { Fail 'Jupyter runs as root.' 'Add the USER of TODO 3.' }
Pass 'tini is PID 1, and the user is not root'

$runOutput = docker exec $container jupyter nbconvert --to notebook --execute --inplace analysis.ipynb 2>&1
if ($LASTEXITCODE -ne 0) {
  $runOutput | Select-Object -Last 15 | ForEach-Object { Write-Host $_ }
  Fail 'The notebook failed when run headless (its last lines are above).' 'Is the data/ folder copied into the image (TODO 2)?'
}
docker exec $container test -s outputs/field-predictions.csv
if ($LASTEXITCODE -ne 0) { Fail 'The notebook ran but wrote no outputs/field-predictions.csv.' 'Does the user own the working folder (the chown of the starter''s RUN useradd)?' }
Pass 'the notebook runs headless inside the container'

Cleanup
Write-Host ''
Write-Host 'All checks passed. Well done!'
