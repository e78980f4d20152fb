#!/usr/bin/env bash
# Builds the MlKata kit from source and puts it to work:
#   1. packs MlKata.Analyzers and MlKata.Templates into artifacts/feed, together with the
#      test packages a workspace needs, so that the folder is a complete offline feed;
#   2. installs the template pack (`dotnet new mlkata`) for the current user;
#   3. scaffolds a demo workspace of every kata in artifacts/demo and builds it.
set -euo pipefail
cd "$(dirname "$0")"
root="$PWD"
feed="$root/artifacts/feed"
version=$(sed -n 's|.*<MlKataVersion>\(.*\)</MlKataVersion>.*|\1|p' Directory.Build.props)

rm -rf "$feed" "$root/artifacts/demo"
dotnet pack MlKata.sln -c Release -o "$feed"

# A rebuilt kit keeps its version number: drop the previous build of our own analyzer package
# from the NuGet cache so that workspaces restore the fresh one from the feed.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/mlkata.analyzers/$version"

# Replace any earlier install (from this clone or another one) rather than adding a second copy.
for _ in 1 2 3 4 5; do dotnet new uninstall MlKata.Templates >/dev/null 2>&1 || break; done
dotnet new install "$feed/MlKata.Templates.$version.nupkg"
dotnet new mlkata -n Demo -o "$root/artifacts/demo" --feed "$feed"
dotnet build "$root/artifacts/demo"

echo
echo "MlKata $version is installed. Try it:"
echo "  dotnet new mlkata -n Practice --feed \"$feed\""
echo "  cd Practice && dotnet test"
