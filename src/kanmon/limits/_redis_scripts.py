"""The Lua scripts of the Redis limits. Redis runs each one atomically.

A budget window is one hash, ``{prefix}budget:{key}:{window}``: ``st``/``ht`` spent and held
tokens, ``su``/``hu`` spent and held nano-USD, and one field ``h:{hold id}`` per request in
flight (``"{tokens}:{nano}"``, or ``R`` once released by reconciliation). Beside it a sorted set
``…:dl`` holds each hold's deadline. Because every hold is named, a settle can be retried
(after a lost reply or a killed connection) without charging twice, and a hold whose request
died is released when its deadline passes, by the next reserve of the same key.

``{prefix}state`` holds the time (epoch seconds) from which this Redis has kept budget state. If
it is missing, Redis lost its data (a restart without persistence, a flush, an eviction): every
window that began before the new mark is rebuilt from the audit log before it is used again.
"""

from __future__ import annotations

# KEYS: this minute's counter, last minute's counter. ARGV: limit, elapsed fraction of minute.
RPM = """
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
local prev = tonumber(redis.call('GET', KEYS[2]) or '0')
if prev * (1 - tonumber(ARGV[2])) + cur + 1 > tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], 150)
return 1
"""

# Release the holds of h whose deadline in dl is before now (at most 100 per call).
_RECONCILE = """
local function reconcile(h, dl, now)
  local due = redis.call('ZRANGEBYSCORE', dl, '-inf', now, 'LIMIT', 0, 100)
  for _, id in ipairs(due) do
    local f = 'h:' .. id
    local v = redis.call('HGET', h, f)
    if v and v ~= 'R' then
      local sep = string.find(v, ':', 1, true)
      redis.call('HINCRBY', h, 'ht', -tonumber(string.sub(v, 1, sep - 1)))
      redis.call('HINCRBY', h, 'hu', -tonumber(string.sub(v, sep + 1)))
      redis.call('HSET', h, f, 'R')
    end
    redis.call('ZREM', dl, id)
  end
end
"""

# KEYS: window hash, its deadlines, the state mark. ARGV[1]: the hold id; ARGV[2]: the numbers,
# space-separated (one argument costs the client a third of nine): token limit, nano-USD limit
# (-1: none), tokens and nano-USD to hold, ttl, hold lifetime (s), window start (epoch s), the
# caller's deadline (epoch ms). Returns ok | tokens | usd (over budget) | lost (no state mark) |
# rebuild (the window predates the mark) | late (the caller gave up: a Redis that was paused runs
# the queued call after the caller's timeout, and must not hold for nobody).
RESERVE = (
    _RECONCILE
    + """
local h, dl = KEYS[1], KEYS[2]
local a = {}
for x in string.gmatch(ARGV[2], '%S+') do a[#a + 1] = tonumber(x) end
local t = redis.call('TIME')
local now = tonumber(t[1])
if now * 1000 + math.floor(tonumber(t[2]) / 1000) > a[8] then return 'late' end
local since = redis.call('GET', KEYS[3])
if not since then return 'lost' end
if redis.call('EXISTS', h) == 0 and tonumber(since) > a[7] then return 'rebuild' end
local field = 'h:' .. ARGV[1]
if redis.call('HEXISTS', h, field) == 1 then return 'ok' end
reconcile(h, dl, now)
local v = redis.call('HMGET', h, 'st', 'ht', 'su', 'hu')
local st, ht = tonumber(v[1] or '0'), tonumber(v[2] or '0')
local su, hu = tonumber(v[3] or '0'), tonumber(v[4] or '0')
local tl, ul, ta, ua = a[1], a[2], a[3], a[4]
if tl >= 0 and st + ht + ta > tl then return 'tokens' end
if ul >= 0 and su + hu + ua > ul then return 'usd' end
redis.call('HINCRBY', h, 'ht', ta)
redis.call('HINCRBY', h, 'hu', ua)
redis.call('HSET', h, field, string.format('%d:%d', ta, ua))
redis.call('ZADD', dl, now + a[6], ARGV[1])
redis.call('EXPIRE', h, a[5])
redis.call('EXPIRE', dl, a[5])
return 'ok'
"""
)

# KEYS: window hash, its deadlines. ARGV: hold id, actual tokens, actual nano-USD.
# 1: settled; 0: nothing to do (settled before, or the window is gone).
SETTLE = """
local h = KEYS[1]
local f = 'h:' .. ARGV[1]
local v = redis.call('HGET', h, f)
if not v then return 0 end
redis.call('HDEL', h, f)
redis.call('ZREM', KEYS[2], ARGV[1])
if v ~= 'R' then
  local sep = string.find(v, ':', 1, true)
  redis.call('HINCRBY', h, 'ht', -tonumber(string.sub(v, 1, sep - 1)))
  redis.call('HINCRBY', h, 'hu', -tonumber(string.sub(v, sep + 1)))
end
redis.call('HINCRBY', h, 'st', tonumber(ARGV[2]))
redis.call('HINCRBY', h, 'su', tonumber(ARGV[3]))
return 1
"""

# KEYS: window hash. ARGV: spent tokens, spent nano-USD, ttl. Seeds a rebuilt window unless
# another process did first.
SEED = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'st', ARGV[1], 'ht', 0, 'su', ARGV[2], 'hu', 0)
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
"""

# KEYS: window hash, its deadlines. Reconciles, then returns st, ht, su, hu.
USAGE = (
    _RECONCILE
    + """
reconcile(KEYS[1], KEYS[2], tonumber(redis.call('TIME')[1]))
return redis.call('HMGET', KEYS[1], 'st', 'ht', 'su', 'hu')
"""
)

ALL = (RPM, RESERVE, SETTLE, SEED, USAGE)
