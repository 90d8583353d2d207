# Regenerates NAME.cargo-targets.txt: python3 cargo-targets.py WORKSPACE_DIR ROOT_DIR NO_DEPS(1|0) (run from this directory).
import json, subprocess, sys, os
ws, root, nodeps = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
args = ['cargo', 'metadata', '--offline', '--format-version', '1'] + (['--no-deps'] if nodeps else [])
d = json.loads(subprocess.run(args, cwd=ws, capture_output=True, text=True, check=True).stdout)
root = os.path.realpath(root)
members = set(d['workspace_members'])
lines = []
for p in d['packages']:
    for t in p['targets']:
        kind = t['kind'][0]
        if kind not in ('lib', 'bin', 'test'):
            continue
        if p['id'] not in members and kind != 'lib':
            continue
        lines.append(f"{p['name']} {kind.upper()} {t['name']} {os.path.relpath(t['src_path'], root)} {t['edition']}")
print('\n'.join(sorted(lines)))
