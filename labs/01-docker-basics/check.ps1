# Lab 01 self-check for Windows PowerShell: builds your image, runs it and checks the greeting.
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
$image = 'lab01-hello:selfcheck'
$expected = 'Hello, Docker!'

function Pass([string]$Message) { Write-Host "PASS  $Message" }
function Fail([string]$Message, [string]$Hint = '') {
  Write-Host "FAIL  $Message"
  if ($Hint) { Write-Host "      $Hint" }
  docker rmi -f $image 2>&1 | Out-Null
  exit 1
}

if (-not (Get-Command docker -ErrorAction SilentlyContinue)) {
  Fail 'Docker is not installed.' 'Install Docker Desktop, then run this again.'
}
docker info 2>&1 | Out-Null
if ($LASTEXITCODE -ne 0) { Fail 'Docker is installed but not running.' 'Start Docker Desktop and run this again.' }
$dockerfile = Join-Path $Folder 'Dockerfile'
if (-not (Test-Path $dockerfile)) { Fail "There is no $dockerfile." "Run this script from the lab folder: .\check.ps1 $Folder" }
Pass 'Docker is running'

if (-not (Select-String -Path $dockerfile -Pattern '^\s*FROM\s+python:3\.11-slim-bookworm(\s|$)' -Quiet)) {
  Fail 'The Dockerfile does not start FROM python:3.11-slim-bookworm.' "Use the course's base image, pinned by its tag."
}
Pass 'FROM python:3.11-slim-bookworm'

if (-not (Test-Path (Join-Path $Folder '.dockerignore'))) {
  Fail "There is no $Folder\.dockerignore." 'Add one so only what the image needs is sent to the build.'
}
Pass '.dockerignore is there'

$buildOutput = docker build -t $image $Folder 2>&1
if ($LASTEXITCODE -ne 0) {
  $buildOutput | Select-Object -Last 15 | ForEach-Object { Write-Host $_ }
  Fail 'docker build failed (its last lines are above).' 'Fix the Dockerfile line it names and run this again.'
}
Pass 'the image builds'

$user = (docker image inspect --format '{{.Config.User}}' $image | Out-String).Trim()
if ($user -eq '' -or $user -eq 'root' -or $user -eq '0' -or $user.StartsWith('0:')) {
  Fail 'The container runs as root.' 'Add a USER instruction (after creating the user) near the end of the Dockerfile.'
}
Pass "it runs as user '$user', not root"

$cmd = (docker image inspect --format '{{json .Config.Cmd}}' $image | Out-String).Trim()
if ($cmd.StartsWith('["/bin/sh","-c"')) { Fail "CMD is in shell form: $cmd" 'Write it as a JSON list: CMD ["python", "hello.py"]' }
Pass 'CMD is in exec form'

$output = (docker run --rm $image 2>&1 | Out-String)
if ($LASTEXITCODE -ne 0) {
  Write-Host $output
  Fail 'The container exited with an error (its output is above).'
}
if (-not $output.Contains($expected)) { Fail "The container did not print `"$expected`"." "It printed: $output" }
Pass "the container prints `"$expected`" and exits 0"

docker rmi -f $image 2>&1 | Out-Null
Write-Host ''
Write-Host 'All checks passed. Well done!'
