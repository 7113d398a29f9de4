"""Every change of state of the advocates' queue (handover/queue.py), as one Lua script.

A script runs in Redis as one step, so each change is atomic: of many
advocates claiming at once exactly one wins; a release, take-over or end checks
who holds the handover in the same step that changes it. Each script's KEYS and
ARGV are listed above it, in the order :class:`handover.queue.HandoverQueue`
passes them; every key it writes gets the TTL again.
"""

from __future__ import annotations

# KEYS: queue, claimed, item, conv. ARGV: id, request json, priority, enqueued ms, score, ttl.
# Returns the new id, or the id of the conversation's live handover.
ENQUEUE = """
local live = redis.call('GET', KEYS[4])
if live then return live end
redis.call('HSET', KEYS[3], 'request', ARGV[2], 'priority', ARGV[3], 'state', 'waiting',
  'enqueued_ms', ARGV[4], 'score', ARGV[5])
redis.call('ZADD', KEYS[1], ARGV[5], ARGV[1])
redis.call('SET', KEYS[4], ARGV[1])
for i = 1, 4 do redis.call('EXPIRE', KEYS[i], ARGV[6]) end
return ARGV[1]
"""

# KEYS: queue, claimed, item. ARGV: id, advocate, now ms, ttl. 1 if this call won the claim.
CLAIM = """
if redis.call('EXISTS', KEYS[3]) == 0 then
  redis.call('ZREM', KEYS[1], ARGV[1])
  return 0
end
if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[3], 'state', 'claimed', 'advocate', ARGV[2],
  'claimed_ms', ARGV[3], 'seen_ms', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[4]) end
return 1
"""

# KEYS: queue, claimed, item. ARGV: id, advocate ('' = whoever), last-seen cutoff ms
# ('' = none), ttl. Back to the queue with its original score (its place is kept).
RELEASE = """
if redis.call('HGET', KEYS[3], 'state') ~= 'claimed' then return 0 end
if ARGV[2] ~= '' and redis.call('HGET', KEYS[3], 'advocate') ~= ARGV[2] then return 0 end
if ARGV[3] ~= '' then
  local seen = redis.call('ZSCORE', KEYS[2], ARGV[1])
  if seen and tonumber(seen) > tonumber(ARGV[3]) then return 0 end
end
local advocate = redis.call('HGET', KEYS[3], 'advocate')
local previous = redis.call('HGET', KEYS[3], 'previous') or ''
if previous ~= '' then previous = previous .. ',' end
redis.call('HSET', KEYS[3], 'state', 'waiting', 'previous', previous .. advocate)
redis.call('HDEL', KEYS[3], 'advocate', 'claimed_ms', 'seen_ms')
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[3], 'score'), ARGV[1])
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[4]) end
return 1
"""

# KEYS: claimed, item. ARGV: id, new advocate, now ms, ttl. Returns the previous advocate.
TAKE_OVER = """
if redis.call('HGET', KEYS[2], 'state') ~= 'claimed' then return false end
local old = redis.call('HGET', KEYS[2], 'advocate')
if old == ARGV[2] then return false end
local previous = redis.call('HGET', KEYS[2], 'previous') or ''
if previous ~= '' then previous = previous .. ',' end
redis.call('HSET', KEYS[2], 'advocate', ARGV[2], 'claimed_ms', ARGV[3], 'seen_ms', ARGV[3],
  'previous', previous .. old)
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
for i = 1, 2 do redis.call('EXPIRE', KEYS[i], ARGV[4]) end
return old
"""

# KEYS: claimed, item. ARGV: id, advocate, now ms, ttl. 1 if the advocate holds it.
TOUCH = """
if redis.call('HGET', KEYS[2], 'state') ~= 'claimed' then return 0 end
if redis.call('HGET', KEYS[2], 'advocate') ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[2], 'seen_ms', ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
for i = 1, 2 do redis.call('EXPIRE', KEYS[i], ARGV[4]) end
return 1
"""

# KEYS: queue, claimed, item, conv. ARGV: id, advocate ('' = the person withdrew),
# now ms, outcome, ttl. An advocate can end only a handover they hold.
END = """
local state = redis.call('HGET', KEYS[3], 'state')
if not state or state == 'ended' then return 0 end
if ARGV[2] ~= '' and (state ~= 'claimed' or redis.call('HGET', KEYS[3], 'advocate') ~= ARGV[2])
  then return 0 end
redis.call('HSET', KEYS[3], 'state', 'ended', 'ended_ms', ARGV[3], 'outcome', ARGV[4])
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
if redis.call('GET', KEYS[4]) == ARGV[1] then redis.call('DEL', KEYS[4]) end
redis.call('EXPIRE', KEYS[3], ARGV[5])
return 1
"""

# KEYS: queue, item. ARGV: id, ttl. Standard to high; never the other way.
ESCALATE = """
if redis.call('HGET', KEYS[2], 'priority') ~= 'standard' then return 0 end
if redis.call('HGET', KEYS[2], 'state') == 'ended' then return 0 end
local score = tonumber(redis.call('HGET', KEYS[2], 'enqueued_ms'))
redis.call('HSET', KEYS[2], 'priority', 'high', 'score', string.format('%d', score))
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then redis.call('ZADD', KEYS[1], score, ARGV[1]) end
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return 1
"""

# KEYS: item. ARGV: ttl. 1 the first time only (the "nobody has claimed it" notice).
MARK_OVERDUE = """
if redis.call('HGET', KEYS[1], 'state') ~= 'waiting' then return 0 end
local first = redis.call('HSETNX', KEYS[1], 'overdue_notified', '1')
redis.call('EXPIRE', KEYS[1], ARGV[1])
return first
"""


# By the name HandoverQueue calls them.
SCRIPTS = {
    "enqueue": ENQUEUE,
    "claim": CLAIM,
    "release": RELEASE,
    "take_over": TAKE_OVER,
    "touch": TOUCH,
    "end": END,
    "escalate": ESCALATE,
    "mark_overdue": MARK_OVERDUE,
}
