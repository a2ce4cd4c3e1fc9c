#!/usr/bin/env node
// dynalite with TransactWriteItems. dynalite 4.0.0 answers UnknownOperationException to it
// (architect/dynalite#151), and the policy editor writes an item and its history entry in one
// transaction. This adds the two kinds of transaction item the project uses, Put and
// ConditionCheck, on dynalite's own request validation, condition evaluation, item locks and
// storage: every item is validated, every item's lock taken (in one order, so two transactions
// never wait on each other), every condition checked, and only then is anything written. Update
// and Delete items are refused with a ValidationException rather than half-supported.
// Options as dynalite's cli.js (--host, --port, --createTableMs, ...).
'use strict'

const argv = require('minimist')(process.argv.slice(2))
const db = require('dynalite/db')
const validations = require('dynalite/validations')
const putItem = require('dynalite/validations/putItem')
const deleteItem = require('dynalite/validations/deleteItem')

// dynalite builds its store inside dynalite(); keep a handle on it so transactions share it.
let store
const createStore = db.create
db.create = function (options) {
  store = createStore(options)
  return store
}
const server = require('dynalite')(argv)

const TARGET = 'DynamoDB_20120810.TransactWriteItems'
const JSON_TYPE = 'application/x-amz-json-1.0'

const plain = server.listeners('request')
server.removeAllListeners('request')
server.on('request', function (req, res) {
  if (req.method === 'POST' && req.headers['x-amz-target'] === TARGET) return transact(req, res)
  plain.forEach(listener => listener.call(server, req, res))
})

function send (res, status, body) {
  const text = JSON.stringify(body)
  res.statusCode = status
  res.setHeader('Content-Type', JSON_TYPE)
  res.setHeader('Content-Length', Buffer.byteLength(text))
  res.setHeader('x-amzn-RequestId', String(Date.now()))
  res.end(text)
}

function invalid (message) {
  return { statusCode: 400, body: { __type: 'com.amazon.coral.validate#ValidationException', message } }
}

function fail (res, err) {
  if (err && err.statusCode) return send(res, err.statusCode, err.body)
  send(res, 500, { __type: 'com.amazon.coral.service#InternalFailure', message: String(err) })
}

function transact (req, res) {
  const chunks = []
  req.on('data', chunk => chunks.push(chunk))
  req.on('end', function () {
    let request
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch (e) {
      return send(res, 400, { __type: 'com.amazon.coral.service#SerializationException' })
    }
    let operations
    try {
      operations = validate(request)
    } catch (err) {
      return fail(res, err)
    }
    resolveTables(operations, function (err) {
      if (err) return fail(res, err)
      const seen = new Set()
      for (const op of operations) {
        if (seen.has(op.lockKey)) {
          return fail(res, invalid('Transaction request cannot include multiple operations on one item'))
        }
        seen.add(op.lockKey)
      }
      const ordered = operations.slice().sort((a, b) => (a.lockKey < b.lockKey ? -1 : a.lockKey > b.lockKey ? 1 : 0))
      lockAll(ordered, 0, [], function (releases) {
        const done = function (err, body) {
          releases.reverse().forEach(release => release())
          if (err) return fail(res, err)
          send(res, 200, body)
        }
        readAll(operations, 0, function (err) {
          if (err) return done(err)
          const reasons = operations.map(op => {
            const failed = db.checkConditional(op.data, op.existing)
            return failed
              ? { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
              : { Code: 'None' }
          })
          if (reasons.some(r => r.Code !== 'None')) {
            return done({
              statusCode: 400,
              body: {
                __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
                message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [' +
                  reasons.map(r => r.Code).join(', ') + ']',
                CancellationReasons: reasons,
              },
            })
          }
          writeAll(operations.filter(op => op.kind === 'Put'), 0, err => done(err, {}))
        })
      })
    })
  })
}

/** Each item checked as dynalite checks a PutItem (Put) or a DeleteItem's key and condition (ConditionCheck). */
function validate (request) {
  const items = request.TransactItems
  if (!Array.isArray(items) || items.length < 1 || items.length > 100) {
    throw invalid('TransactItems must have between 1 and 100 items')
  }
  return items.map(function (item, i) {
    const kinds = Object.keys(item || {})
    if (kinds.length !== 1) throw invalid('TransactItems[' + i + '] must have exactly one of Put, ConditionCheck')
    const kind = kinds[0]
    if (kind !== 'Put' && kind !== 'ConditionCheck') {
      throw invalid('TransactItems[' + i + '].' + kind + ' is not supported by this local server (Put, ConditionCheck)')
    }
    const rules = kind === 'Put' ? putItem : deleteItem
    const data = validations.checkTypes(Object.assign({}, item[kind]), rules.types)
    if (kind === 'ConditionCheck' && data.ConditionExpression == null) {
      throw invalid('TransactItems[' + i + '].ConditionCheck needs a ConditionExpression')
    }
    validations.checkValidations(data, rules.types, rules.custom, store)
    return { kind, data }
  })
}

function resolveTables (operations, cb) {
  let pending = operations.length
  let failed = false
  operations.forEach(function (op) {
    store.getTable(op.data.TableName, function (err, table) {
      if (failed) return
      if (!err) {
        const record = op.kind === 'Put' ? op.data.Item : op.data.Key
        err = op.kind === 'Put' ? db.validateItem(record, table) : db.validateKey(record, table)
        if (!err) {
          op.table = table
          op.itemDb = store.getItemDb(op.data.TableName)
          op.key = db.createKey(record, table)
          op.lockKey = op.data.TableName + '\u0000' + op.key
        }
      }
      if (err) {
        failed = true
        return cb(err)
      }
      if (--pending === 0) cb(null)
    })
  })
}

function lockAll (ordered, i, releases, cb) {
  if (i === ordered.length) return cb(releases)
  ordered[i].itemDb.lock(ordered[i].key, function (release) {
    releases.push(release())
    lockAll(ordered, i + 1, releases, cb)
  })
}

function readAll (operations, i, cb) {
  if (i === operations.length) return cb(null)
  const op = operations[i]
  op.itemDb.get(op.key, function (err, existing) {
    if (err && err.name !== 'NotFoundError') return cb(err)
    op.existing = err ? undefined : existing
    readAll(operations, i + 1, cb)
  })
}

function writeAll (puts, i, cb) {
  if (i === puts.length) return cb(null)
  const op = puts[i]
  db.updateIndexes(store, op.table, op.existing, op.data.Item, function (err) {
    if (err) return cb(err)
    op.itemDb.put(op.key, op.data.Item, function (err) {
      if (err) return cb(err)
      writeAll(puts, i + 1, cb)
    })
  })
}

server.listen(argv.port || 4567, argv.host || undefined, function () {
  const address = server.address()
  console.log('Dynalite (with TransactWriteItems) listening at: http://%s:%s', argv.host || 'localhost', address.port)
})
