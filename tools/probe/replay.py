"""Replays issue 14's probe inputs against a running desk (python3 tools/probe/replay.py http://localhost:8080, needs `requests`;
the sign-in part binds 127.0.0.2 and 127.0.0.3, so run it on the same machine); prints each status and exits 1 on any 5xx."""
import re, socket, sys, requests

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:18500"
HOST, PORT = "127.0.0.1", int(BASE.rsplit(":", 1)[1])
results = []

def record(name, status, ctype=""):
    results.append((name, status, ctype))
    print(f"{status:>4}  {ctype[:28]:<28} {name}")

def raw(name, data, source="127.0.0.1"):
    s = socket.create_connection((HOST, PORT), source_address=(source, 0)); s.sendall(data)
    s.shutdown(socket.SHUT_WR); out = b""
    while True:
        c = s.recv(65536)
        if not c: break
        out += c
    s.close()
    head = out.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    status = int(head.split(" ")[1]); m = re.search(r"(?im)^content-type:\s*(.*)$", head)
    record(name, status, m.group(1).strip() if m else "")

def page_session(user):
    s = requests.Session(); r = s.get(BASE + "/login"); token = re.search(r'name="_csrf" value="([^"]+)"', r.text).group(1)
    s.post(BASE + "/login", data={"username": user, "password": "demo", "_csrf": token}, allow_redirects=False)
    return s

basic = lambda u: ("Authorization: Basic " + __import__("base64").b64encode(f"{u}:demo".encode()).decode())
api = requests.Session(); api.auth = ("gov.paraguay", "demo")
r = api.post(BASE + "/api/requests", json={"requestingState": "PRY", "instruments": ["ICRMW"], "assistanceTypes": ["LEGISLATIVE_REVIEW"],
        "title": "Replay", "description": "Replay of issue 14", "contactEmail": "a@b.org"})
record("POST /api/requests (valid)", r.status_code, r.headers.get("content-type", ""))
ref = r.json()["reference"]
# uploads
b = "XyZ"
body = (f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\x00.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--{b}--\r\n").encode()
raw("NUL in an upload's file name (API)", f"POST /api/requests/{ref}/documents HTTP/1.1\r\nHost: x\r\n{basic('gov.paraguay')}\r\nContent-Type: multipart/form-data; boundary={b}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
trunc = body[:40]
raw("truncated multipart (API)", f"POST /api/requests/{ref}/documents HTTP/1.1\r\nHost: x\r\n{basic('gov.paraguay')}\r\nContent-Type: multipart/form-data; boundary={b}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + trunc)
raw("multipart without boundary (API)", f"POST /api/requests/{ref}/documents HTTP/1.1\r\nHost: x\r\n{basic('gov.paraguay')}\r\nContent-Type: multipart/form-data\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
# pages
gov = page_session("gov.paraguay"); staff = page_session("coordinator")
for path in ["/portal?page=abc", f"/portal/requests/{ref}/documents/abc"]:
    rr = gov.get(BASE + path, allow_redirects=False); record("GET " + path, rr.status_code, rr.headers.get("content-type", ""))
for path in ["/work?page=85899346", "/work?page=abc", "/work/requests?page=85899346"]:
    rr = staff.get(BASE + path, allow_redirects=False); record("GET " + path, rr.status_code, rr.headers.get("content-type", ""))
token = re.search(r'name="_csrf" value="([^"]+)"', gov.get(BASE + "/portal/requests/new").text).group(1)
rr = gov.post(BASE + "/portal/requests/new", data={"_csrf": token, "title": "x"}, files={"files": ("a\x00.txt", b"hello", "text/plain")}, allow_redirects=False)
record("NUL file name on the new-request page", rr.status_code, rr.headers.get("content-type", ""))
# paths
for path in ["/api/%2e%2e/engine-rest/task", "/css/../camunda/api/engine/engine/default/task", "/error", "/api/requests?q=" + "9" * 10000]:
    raw("GET " + path[:60], f"GET {path} HTTP/1.1\r\nHost: x\r\n{basic('admin')}\r\nConnection: close\r\n\r\n".encode())
# long text, cost, loose types
rr = api.post(BASE + f"/api/requests/{ref}/comments", json={"text": "x" * 10000}); record("10,000-character comment", rr.status_code, rr.headers.get("content-type", ""))
rr = api.post(BASE + "/api/requests", json={"requestingState": "PRY", "instruments": ["ICRMW"], "assistanceTypes": ["NOPE"] * 30000,
        "title": "t", "description": "d", "contactEmail": "a@b.org"}); record(f"30,000 unknown assistance types ({len(rr.content)} bytes, {rr.elapsed.total_seconds():.2f} s)", rr.status_code, rr.headers.get("content-type", ""))
co = requests.Session(); co.auth = ("coordinator", "demo")
rr = co.post(BASE + "/api/states/PRY/actions", json={"instrument": "ICRMW", "action": "RATIFICATION", "date": 123}); record('"date": 123', rr.status_code, rr.headers.get("content-type", ""))
rr = co.post(BASE + "/api/states/PRY/observations", json={"instrument": "ICRMW", "adoptedOn": -1, "text": "t"}); record('"adoptedOn": -1', rr.status_code, rr.headers.get("content-type", ""))
rr = api.post(BASE + f"/api/requests/{ref}/comments", json={"text": 42}); record('"text": 42', rr.status_code, rr.headers.get("content-type", ""))
# sign-in: an attacker on 127.0.0.2, the owner on 127.0.0.3
for i in range(12):
    form = "username=gov.turkey&password=wrong"
    raw(f"wrong password {i+1} from 127.0.0.2 (form, no CSRF token)", f"POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(form)}\r\nConnection: close\r\n\r\n{form}".encode(), "127.0.0.2")
for i in range(12):
    raw(f"wrong Basic password {i+1} from 127.0.0.2", f"GET /api/requests HTTP/1.1\r\nHost: x\r\nAuthorization: Basic {__import__('base64').b64encode(b'gov.turkey:wrong').decode()}\r\nConnection: close\r\n\r\n".encode(), "127.0.0.2")
raw("owner gov.turkey from 127.0.0.3 with the right password", f"GET /api/requests HTTP/1.1\r\nHost: x\r\n{basic('gov.turkey')}\r\nConnection: close\r\n\r\n".encode(), "127.0.0.3")
bad = [x for x in results if x[1] >= 500]
print(f"\n{len(results)} calls, {len(bad)} answered 5xx")
sys.exit(1 if bad else 0)
