# Workflow 2 self-check for Windows PowerShell: builds your environment image, runs train.py with
# the project folder mounted, and checks on your computer that the outputs are there and filled in.
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
# The PASS and FAIL lines and the gates every self-check shares (../../shared: in the lab's zip, beside this folder).
$shared = "$PSScriptRoot/../../shared/self-check.ps1"
if (-not (Test-Path $shared)) { Write-Host "FAIL  $shared is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1 }
. $shared
$image = 'w2-env:selfcheck'
$project = Join-Path (Join-Path $PSScriptRoot $Folder) 'project'

function Cleanup { docker rmi -f $image 2>&1 | Out-Null }

Assert-Docker
if (-not (Test-Path (Join-Path $Folder 'Dockerfile')) -or -not (Test-Path (Join-Path $project 'train.py'))) {
  Fail "There is no $Folder\Dockerfile or $Folder\project\train.py." "Run this script from the w2-project folder: .\check.ps1 $Folder"
}
Pass 'Docker is running'

Build-Image $image $Folder

$inImage = (docker run --rm --entrypoint sh $image -c 'ls -A /project 2>/dev/null | wc -l' | Out-String).Trim()
if ($inImage -ne '0') { Fail 'The image already contains files in /project.' 'Copy nothing into the image (TODO 3): the project is mounted when the container runs.' }
if ((docker image inspect --format '{{.Config.WorkingDir}}' $image | Out-String).Trim() -ne '/project') { Fail 'The working folder is not /project.' 'Set WORKDIR /project (TODO 3).' }
Pass 'the image holds the environment only, working in /project'

$outputs = Join-Path $project 'outputs'
if (Test-Path $outputs) { Remove-Item -Recurse -Force $outputs }
# Docker Engine on Linux (PowerShell 7 there) writes files as the container's user: run as yourself.
$userArgs = @()
if ($IsLinux -and (id -u) -ne '1000') { $userArgs = @('--user', "$(id -u):$(id -g)") }
$runOutput = docker run --rm @userArgs --volume "${project}:/project" $image 2>&1
if ($LASTEXITCODE -ne 0) {
  $runOutput | Select-Object -Last 15 | ForEach-Object { Write-Host $_ }
  Fail 'train.py failed in the container (its last lines are above).' 'Is the CMD of TODO 4 right?'
}
Pass 'train.py runs in the container, on the mounted folder'

foreach ($file in @('metrics.json', 'confusion-matrix.png')) {
  $path = Join-Path $outputs $file
  if (-not (Test-Path $path) -or (Get-Item $path).Length -eq 0) { Fail "There is no $Folder\project\outputs\$file on your computer." 'Was project\ mounted at /project (--volume)?' }
}
$metrics = Get-Content (Join-Path $outputs 'metrics.json') -Raw | ConvertFrom-Json
if ($metrics.accuracy -lt 0.9) { Fail "metrics.json has no accuracy of 0.9 or more: $($metrics.accuracy)" 'Did train.py change?' }
Pass 'outputs/metrics.json and outputs/confusion-matrix.png are in the folder on your computer'

$metricsFile = Join-Path $outputs 'metrics.json'
if ($IsLinux) {
  $owner = "uid $(stat -c %u $metricsFile)"
  $you = "uid $(id -u)"
} else {
  # Docker Desktop gives files written into a mounted Windows folder to the Windows user.
  $owner = (Get-Acl $metricsFile).Owner
  $you = [System.Security.Principal.WindowsIdentity]::GetCurrent().Name
}
if ($owner -ne $you) { Fail "The outputs belong to $owner, not to you ($you)." 'On Linux, run the container with --user "$(id -u):$(id -g)".' }
Pass "the outputs belong to you ($owner)"

Cleanup
Write-Host ''
Write-Host 'All checks passed. Well done!'
