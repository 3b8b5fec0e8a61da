# Lab 04 self-check for Windows PowerShell: builds your API image, runs it, and calls it the way
# the lab page does: health, a GET prediction, a POST prediction, and a bad request (400).
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
# The PASS and FAIL lines and the gates every self-check shares (../shared: in the lab's zip, beside this folder).
$shared = "$PSScriptRoot/../shared/self-check.ps1"
if (-not (Test-Path $shared)) { Write-Host "FAIL  $shared is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1 }
. $shared
$image = 'lab04-api:selfcheck'
$container = 'lab04-selfcheck'

function Cleanup {
  docker rm -f $container 2>&1 | Out-Null
  docker rmi -f $image 2>&1 | Out-Null
}

Assert-Docker
$dockerfile = Join-Path $Folder 'Dockerfile'
if (-not (Test-Path $dockerfile) -or -not (Test-Path (Join-Path $Folder 'app.py'))) {
  Fail "There is no $Folder\Dockerfile or $Folder\app.py." "Run this script from the lab folder: .\check.ps1 $Folder"
}
Pass 'Docker is running'

Build-Image $image $Folder

Assert-NonRoot $image 'Keep the USER instruction of the Dockerfile.'

$cmd = (docker image inspect --format '{{json .Config.Cmd}}' $image | Out-String).Trim()
if ($cmd -eq 'null' -or $cmd.StartsWith('["/bin/sh","-c"')) { Fail "CMD is missing or in shell form: $cmd" 'Write it as a JSON list (TODO 4 of the Dockerfile).' }
if (-not $cmd.StartsWith('["gunicorn",')) { Fail "The CMD does not start gunicorn: $cmd" 'Write the CMD of TODO 4 in the Dockerfile.' }
Pass 'CMD starts gunicorn, in exec form'

$health = (docker image inspect --format '{{if .Config.Healthcheck}}yes{{end}}' $image | Out-String).Trim()
if ($health -ne 'yes') { Fail 'The image has no HEALTHCHECK.' 'Keep the HEALTHCHECK of the Dockerfile.' }
Pass 'it has a HEALTHCHECK'

# Publish the API on a free port of this machine (127.0.0.1 only) and wait until it answers.
docker run --detach --name $container --publish 127.0.0.1::8000 $image | Out-Null
$port = ((docker port $container 8000/tcp | Select-Object -First 1) -split ':')[-1].Trim()
$base = "http://127.0.0.1:$port"

# Call: the status code and body of one request, also for 4xx answers (PowerShell 5.1 and 7).
function Call([string]$Method, [string]$Path, [string]$Json = '') {
  $request = @{Uri = "$base$Path"; Method = $Method; UseBasicParsing = $true; TimeoutSec = 10}
  if ($Json) { $request.Body = $Json; $request.ContentType = 'application/json' }
  try {
    $response = Invoke-WebRequest @request
    return @{Status = [int]$response.StatusCode; Body = [string]$response.Content}
  } catch {
    $failed = $_.Exception.Response
    if ($null -eq $failed) { return @{Status = 0; Body = $_.Exception.Message} }
    $body = $_.ErrorDetails.Message
    if (-not $body) {
      try { $body = (New-Object System.IO.StreamReader($failed.GetResponseStream())).ReadToEnd() } catch { $body = '' }
    }
    return @{Status = [int]$failed.StatusCode; Body = [string]$body}
  }
}

for ($i = 0; $i -lt 60; $i++) {
  if ((Call 'GET' '/health').Status -eq 200) { break }
  $running = (docker inspect --format '{{.State.Running}}' $container | Out-String).Trim()
  if ($running -ne 'true') {
    docker logs $container 2>&1 | Select-Object -Last 15 | ForEach-Object { Write-Host $_ }
    Fail 'The container stopped (its log is above).' 'Is model\iris-model.pkl there, and copied by TODO 3 of the Dockerfile? Is TODO 1 of app.py done?'
  }
  Start-Sleep -Seconds 1
}

# Expect: the answer must have that status and match the pattern (` ?`: with or without spaces).
function Expect([string]$Name, [int]$Status, [string]$Pattern, [string]$Method, [string]$Path, [string]$Json = '') {
  $answer = Call $Method $Path $Json
  $body = $answer.Body.Trim()
  if ($answer.Status -ne $Status -or $body -notmatch $Pattern) {
    docker logs $container 2>&1 | Select-Object -Last 10 | ForEach-Object { Write-Host $_ }
    Fail "${Name}: expected $Status and $Pattern, got $($answer.Status): $body" "The container's last log lines are above."
  }
  Pass "${Name}: $($answer.Status) $body"
}

$flower = '{"sepal_length": 7.7, "sepal_width": 3.0, "petal_length": 6.1, "petal_width": 2.3}'
Expect 'GET /health' 200 '"status": ?"ok"' 'GET' '/health'
Expect 'GET /predict' 200 '"species": ?"setosa"' 'GET' '/predict?sepal_length=5.1&sepal_width=3.5&petal_length=1.4&petal_width=0.2'
Expect 'POST /predict' 200 '"species": ?"virginica"' 'POST' '/predict' $flower
Expect 'POST /predict with a bad value' 400 '"field": ?"petal_width"' 'POST' '/predict' '{"sepal_length": 7.7, "sepal_width": 3.0, "petal_length": 6.1, "petal_width": "wide"}'

Cleanup
Write-Host ''
Write-Host 'All checks passed. Well done!'
