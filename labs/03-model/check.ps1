# Lab 03 self-check for Windows PowerShell: builds the Jupyter image from your folder, checks the
# notebook's exercises, runs the notebook inside the container and checks that Jupyter answers.
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
# The PASS and FAIL lines and the gates every self-check shares (../shared: in the lab's zip, beside this folder).
$shared = "$PSScriptRoot/../shared/self-check.ps1"
if (-not (Test-Path $shared)) { Write-Host "FAIL  $shared is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1 }
. $shared
$image = 'lab03-notebook:selfcheck'
$container = 'lab03-selfcheck'

function Cleanup {
  docker rm -f $container 2>&1 | Out-Null
  docker rmi -f $image 2>&1 | Out-Null
}

Assert-Docker
if (-not (Test-Path (Join-Path $Folder 'Dockerfile')) -or -not (Test-Path (Join-Path $Folder 'model.ipynb'))) {
  Fail "There is no $Folder\Dockerfile or $Folder\model.ipynb." "Run this script from the lab folder: .\check.ps1 $Folder"
}
Pass 'Docker is running'

Build-Image $image $Folder 'Fix the line it names and run this again.'

Assert-NonRoot $image "Keep the USER instruction of the lab's Dockerfile."

# The exercises: present, marked, and filled in (the script prints its own PASS/FAIL lines).
docker run --rm $image python check_notebook.py model.ipynb
if ($LASTEXITCODE -ne 0) {
  Fail "The notebook's exercises are not done yet." 'Fill in the empty exercise cells, save the notebook, and run this again.'
}

# Top to bottom, headless, as a scheduled job would; then the pickle it wrote is loaded and asked for the three
# flowers, as lab 04's API will load it.
$runOutput = (docker run --rm --name $container $image sh -c 'jupyter nbconvert --to notebook --execute --output /tmp/executed.ipynb model.ipynb && ls model && python check_notebook.py --model model/iris-model.pkl' 2>&1 | Out-String)
if ($LASTEXITCODE -ne 0) {
  ($runOutput -split "`n") | Select-Object -Last 15 | ForEach-Object { Write-Host $_ }
  if ($runOutput.Contains('FAIL  ')) { Fail 'The model your notebook saved does not predict the three flowers (above).' 'Exercise 1 must save the tuned model, the one exercise 3 predicts with.' }
  Fail 'The notebook stopped with an error (above).' 'Open it in Jupyter, run all cells, and fix the first cell that fails.'
}
foreach ($file in 'iris-model.pkl', 'iris-model.json') {
  if (-not $runOutput.Contains($file)) { Fail "The notebook ran but did not write model/$file." 'Exercise 1 saves the model into the model/ folder.' }
}
Pass 'the notebook runs from top to bottom and writes model/iris-model.pkl'
if (-not $runOutput.Contains('PASS  the loaded model predicts setosa, versicolor, virginica')) {
  ($runOutput -split "`n") | Select-Object -Last 5 | ForEach-Object { Write-Host $_ }
  Fail "The loaded model's predictions were not checked (output above)." 'Run this again; if it persists, tell your instructor.'
}
Pass 'the loaded model predicts setosa, versicolor, virginica for the three given flowers'

# Jupyter itself: start the server on a free port of this machine and ask its API.
docker run --detach --name $container --publish 127.0.0.1::8888 --env JUPYTER_TOKEN=selfcheck $image | Out-Null
$port = ((docker port $container 8888/tcp | Select-Object -First 1) -split ':')[-1].Trim()
$answer = $null
for ($i = 0; $i -lt 60 -and -not $answer; $i++) {
  try {
    $answer = Invoke-RestMethod -Uri "http://127.0.0.1:$port/api/contents/model.ipynb?content=0&token=selfcheck" -TimeoutSec 5
  } catch {
    Start-Sleep -Seconds 1
  }
}
if (-not $answer -or $answer.type -ne 'notebook') {
  docker logs $container 2>&1 | Select-Object -Last 10 | ForEach-Object { Write-Host $_ }
  Fail "Jupyter did not answer on port $port within 60 seconds (its log is above)."
}
Pass 'Jupyter answers and serves model.ipynb'

Cleanup
Write-Host ''
Write-Host 'All checks passed. Well done!'
