"""The OpenSearch data plane under opensearch-py (a third-party client): every endpoint the twin serves, signed
with SigV4 by AWSV4SignerAuth over RequestsHttpConnection as service "es" (a managed domain) and "aoss"
(a Serverless collection), each answer parsed by opensearch-py and checked.

run.py passes client=None for opensearch; the client is built here from context["endpoint"] and the session's
credentials. Every request made is counted on `client.calls`.
"""
import math
from urllib.parse import urlparse

from opensearchpy import AWSV4SignerAuth, OpenSearch, RequestsHttpConnection
from opensearchpy.exceptions import ConflictError, NotFoundError, RequestError


def _client(context, service):
    url = urlparse(context["endpoint"])
    auth = AWSV4SignerAuth(context["session"].get_credentials(), context["region"], service)
    return OpenSearch(hosts=[{"host": url.hostname, "port": url.port}], http_auth=auth, use_ssl=False,
                      verify_certs=False, connection_class=RequestsHttpConnection, timeout=30, max_retries=0)


def _expect_error(kind, error_type, call, root_cause=None):
    try:
        call()
    except kind as error:
        assert error.error == error_type, (error.error, error.info)
        assert error.info["error"]["root_cause"][0]["type"] == (root_cause or error_type), error.info
        return error
    raise AssertionError(f"expected {error_type}")


def _bm25(tf, length, average, docs, with_term):
    idf = math.log(1 + (docs - with_term + 0.5) / (with_term + 0.5))
    return idf * tf / (tf + 1.2 * (0.25 + 0.75 * length / average))


def sweep(client, context):
    es = _client(context, "es")
    calls = 0

    def call(function, *args, **kwargs):
        nonlocal calls
        calls += 1
        return function(*args, **kwargs)

    index = "sweep-" + context["bucket"][-8:]
    info = call(es.info)
    assert info["version"]["distribution"] == "opensearch", info
    assert call(es.cluster.health)["status"] in ("green", "yellow")

    mapping = {
        "settings": {"index": {"knn": True, "number_of_shards": 1}},
        "mappings": {"properties": {
            "title": {"type": "text"}, "plot": {"type": "text", "analyzer": "english"}, "genre": {"type": "keyword"},
            "year": {"type": "integer"}, "released": {"type": "date"},
            "embedding": {"type": "knn_vector", "dimension": 3,
                          "method": {"name": "hnsw", "engine": "faiss", "space_type": "cosinesimil"}},
        }},
    }
    created = call(es.indices.create, index=index, body=mapping)
    assert created == {"acknowledged": True, "shards_acknowledged": True, "index": index}, created
    _expect_error(RequestError, "resource_already_exists_exception", lambda: call(es.indices.create, index=index, body=mapping))
    assert call(es.indices.exists, index=index) is True
    assert call(es.indices.exists, index=index + "-absent") is False
    described = call(es.indices.get, index=index)
    assert described[index]["settings"]["index"]["knn"] == "true", described
    assert call(es.indices.get_mapping, index=index)[index]["mappings"]["properties"]["embedding"]["dimension"] == 3
    assert call(es.indices.put_mapping, index=index, body={"properties": {"rating": {"type": "float"}}}) == {"acknowledged": True}
    assert call(es.indices.get_settings, index=index)[index]["settings"]["index"]["number_of_shards"] == "1"

    # Documents one by one.
    put = call(es.index, index=index, id="d1", body={"title": "The quick brown fox", "plot": "Foxes running", "genre": "drama",
                                                   "year": 2001, "released": "2001-05-04", "embedding": [1, 0, 0]})
    assert put["result"] == "created" and put["_version"] == 1, put
    generated = call(es.index, index=index, body={"title": "Generated id", "genre": "short", "year": 2010})
    assert len(generated["_id"]) == 20 and generated["result"] == "created", generated
    assert call(es.create, index=index, id="d2", body={"title": "Lazy dog", "genre": "comedy", "year": 2015, "embedding": [0, 1, 0]})["result"] == "created"
    _expect_error(ConflictError, "version_conflict_engine_exception", lambda: call(es.create, index=index, id="d2", body={"title": "again"}))
    got = call(es.get, index=index, id="d1")
    assert got["found"] is True and got["_source"]["genre"] == "drama" and got["_version"] == 1, got
    assert call(es.get_source, index=index, id="d2")["title"] == "Lazy dog"
    assert call(es.exists, index=index, id="d1") is True
    assert call(es.exists, index=index, id="nope") is False
    updated = call(es.update, index=index, id="d2", body={"doc": {"rating": 4.5}})
    assert updated["result"] == "updated" and updated["_version"] == 2, updated
    assert call(es.update, index=index, id="d2", body={"doc": {"rating": 4.5}})["result"] == "noop"
    _expect_error(NotFoundError, "document_missing_exception", lambda: call(es.update, index=index, id="ghost", body={"doc": {"a": 1}}))
    assert call(es.delete, index=index, id=generated["_id"])["result"] == "deleted"
    try:
        call(es.get, index=index, id=generated["_id"])
        raise AssertionError("expected a missing document")
    except NotFoundError as missing:
        assert missing.info["found"] is False, missing.info
    _expect_error(NotFoundError, "index_not_found_exception", lambda: call(es.get, index=index + "-absent", id="x"))

    # Bulk: every action, per-item results, a knn dimension mismatch.
    bulk = [
        {"index": {"_index": index, "_id": "d3"}}, {"title": "A quick brown dog jumps over the lazy fox quickly", "genre": "drama", "year": 2020, "embedding": [1, 1, 0]},
        {"create": {"_index": index, "_id": "d4"}}, {"title": "Fox", "genre": "documentary", "year": 2022, "embedding": [0.5, 0.2, 0.9]},
        {"index": {"_index": index, "_id": "bad"}}, {"title": "Wrong vector", "embedding": [1, 2]},
        {"update": {"_index": index, "_id": "d2"}}, {"doc": {"title": "The lazy dog sleeps"}},
        {"delete": {"_index": index, "_id": "missing"}},
    ]
    answer = call(es.bulk, body=bulk, refresh=True)
    assert answer["errors"] is True, answer
    statuses = [list(item.values())[0]["status"] for item in answer["items"]]
    assert statuses == [201, 201, 400, 200, 404], answer["items"]
    failure = answer["items"][2]["index"]["error"]
    assert failure["type"] == "mapper_parsing_exception", failure
    assert failure["caused_by"]["reason"] == "Vector dimension mismatch. Expected: 3, Given: 2", failure
    scoped = call(es.bulk, index=index, body=[{"index": {"_id": "tmp"}}, {"title": "Temporary"}, {"delete": {"_id": "tmp"}}])
    assert scoped["errors"] is False and [list(i)[0] for i in scoped["items"]] == ["index", "delete"], scoped
    assert call(es.indices.refresh, index=index)["_shards"]["failed"] == 0
    assert call(es.count, index=index)["count"] == 4
    assert index in call(es.indices.get_mapping)
    everywhere = call(es.search, body={"query": {"ids": {"values": ["d1"]}}})
    assert [(h["_index"], h["_id"]) for h in everywhere["hits"]["hits"]] == [(index, "d1")], everywhere

    # BM25 against hand-computed values: four documents, titles of 4, 4, 10 and 1 tokens.
    result = call(es.search, index=index, body={"query": {"match": {"title": "quick fox"}}})
    assert result["hits"]["total"] == {"value": 3, "relation": "eq"}, result["hits"]["total"]
    average = 19 / 4
    expected = {
        "d1": _bm25(1, 4, average, 4, 2) + _bm25(1, 4, average, 4, 3),
        "d3": _bm25(1, 10, average, 4, 2) + _bm25(1, 10, average, 4, 3),
        "d4": _bm25(1, 1, average, 4, 3),
    }
    for hit in result["hits"]["hits"]:
        assert abs(hit["_score"] - expected[hit["_id"]]) < 1e-5, (hit, expected)
        assert hit["_index"] == index and "_source" in hit
    assert [h["_id"] for h in result["hits"]["hits"]] == sorted(expected, key=expected.get, reverse=True)
    assert abs(result["hits"]["max_score"] - max(expected.values())) < 1e-5

    # Filters, sort, source filtering, highlight, aggregations, multi_match.
    filtered = call(es.search, index=index, body={
        "query": {"bool": {"must": [{"multi_match": {"query": "dog", "fields": ["title^2", "plot"]}}],
                           "filter": [{"range": {"year": {"gte": 2010}}}, {"terms": {"genre": ["drama", "comedy"]}}],
                           "must_not": [{"exists": {"field": "rating"}}]}},
        "_source": {"includes": ["title", "year"]}, "highlight": {"fields": {"title": {}}},
    })
    assert [h["_id"] for h in filtered["hits"]["hits"]] == ["d3"], filtered
    assert filtered["hits"]["hits"][0]["_source"] == {"title": "A quick brown dog jumps over the lazy fox quickly", "year": 2020}
    assert filtered["hits"]["hits"][0]["highlight"]["title"] == ["A quick brown <em>dog</em> jumps over the lazy fox quickly"]
    ordered = call(es.search, index=index, body={"query": {"match_all": {}}, "sort": [{"year": {"order": "asc"}}], "size": 2, "from": 1,
                                                 "aggs": {"genres": {"terms": {"field": "genre"}}, "years": {"avg": {"field": "year"}}}})
    assert [h["_id"] for h in ordered["hits"]["hits"]] == ["d2", "d3"], ordered["hits"]
    assert ordered["hits"]["hits"][0]["sort"] == [2015] and ordered["hits"]["hits"][0]["_score"] is None
    buckets = {b["key"]: b["doc_count"] for b in ordered["aggregations"]["genres"]["buckets"]}
    assert buckets == {"drama": 2, "comedy": 1, "documentary": 1}, buckets
    assert ordered["aggregations"]["years"]["value"] == (2001 + 2015 + 2020 + 2022) / 4
    stemmed = call(es.search, index=index, body={"query": {"match_phrase": {"plot": "fox run"}}})
    assert [h["_id"] for h in stemmed["hits"]["hits"]] == ["d1"], stemmed

    # k-NN (cosinesimil: (1 + cos) / 2) with and without a filter.
    knn = call(es.search, index=index, body={"size": 2, "query": {"knn": {"embedding": {"vector": [1, 0, 0], "k": 2}}}})
    assert [h["_id"] for h in knn["hits"]["hits"]] == ["d1", "d3"], knn
    assert abs(knn["hits"]["hits"][0]["_score"] - 1.0) < 1e-6
    assert abs(knn["hits"]["hits"][1]["_score"] - (1 + 1 / math.sqrt(2)) / 2) < 1e-6
    narrowed = call(es.search, index=index, body={"query": {"knn": {"embedding": {"vector": [1, 0, 0], "k": 2, "filter": {"term": {"genre": "documentary"}}}}}})
    assert [h["_id"] for h in narrowed["hits"]["hits"]] == ["d4"], narrowed

    # Search pipelines and hybrid queries (min_max + arithmetic_mean, and RRF).
    pipeline = {"description": "hybrid", "phase_results_processors": [{"normalization-processor": {
        "normalization": {"technique": "min_max"}, "combination": {"technique": "arithmetic_mean", "parameters": {"weights": [0.4, 0.6]}}}}]}
    assert call(es.search_pipeline.put, id="sweep-norm", body=pipeline) == {"acknowledged": True}
    assert call(es.search_pipeline.get, id="sweep-norm")["sweep-norm"]["description"] == "hybrid"
    assert "sweep-norm" in call(es.search_pipeline.get)
    call(es.search_pipeline.put, id="sweep-rrf", body={"phase_results_processors": [{"score-ranker-processor": {"combination": {"technique": "rrf", "rank_constant": 40}}}]})
    hybrid_body = {"query": {"hybrid": {"queries": [{"match": {"title": "fox"}}, {"knn": {"embedding": {"vector": [0, 1, 0], "k": 2}}}]}}}
    normalised = call(es.search, index=index, body=hybrid_body, params={"search_pipeline": "sweep-norm"})
    scores = [h["_score"] for h in normalised["hits"]["hits"]]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores), normalised
    fused = call(es.search, index=index, body=hybrid_body, params={"search_pipeline": "sweep-rrf"})
    # "fox" ranks d4, d1, d3 (shorter titles first); the vector ranks d2, d3: d3 is third and second.
    top = fused["hits"]["hits"][0]
    assert top["_id"] == "d3" and abs(top["_score"] - (1 / 43 + 1 / 42)) < 1e-6, fused
    rest = {h["_id"]: h["_score"] for h in fused["hits"]["hits"][1:]}
    assert abs(rest["d4"] - 1 / 41) < 1e-6 and abs(rest["d2"] - 1 / 41) < 1e-6 and abs(rest["d1"] - 1 / 42) < 1e-6, fused
    _expect_error(RequestError, "illegal_argument_exception",
                  lambda: call(es.search, index=index, body=hybrid_body, params={"search_pipeline": "absent"}))
    assert call(es.search_pipeline.delete, id="sweep-rrf") == {"acknowledged": True}
    _expect_error(NotFoundError, "resource_not_found_exception", lambda: call(es.search_pipeline.get, id="sweep-rrf"))

    # Query errors.
    _expect_error(RequestError, "parsing_exception", lambda: call(es.search, index=index, body={"query": {"nonsense": {}}}))
    _expect_error(NotFoundError, "index_not_found_exception", lambda: call(es.search, index=index + "-absent", body={"query": {"match_all": {}}}))
    wrapped = _expect_error(RequestError, "search_phase_execution_exception",
                            lambda: call(es.search, index=index, body={"query": {"knn": {"embedding": {"vector": [1, 0], "k": 1}}}}),
                            root_cause="illegal_argument_exception")
    assert wrapped.info["error"]["root_cause"][0]["reason"] == "Query vector has invalid dimension: 2. Dimension should be: 3", wrapped.info

    # Serverless signing (aoss) reaches the same data.
    aoss = _client(context, "aoss")
    assert call(aoss.count, index=index)["count"] == 4

    removed = call(es.delete_by_query, index=index, body={"query": {"term": {"genre": "comedy"}}}, refresh=True)
    assert removed["deleted"] == 1, removed
    assert call(es.indices.delete, index=index) == {"acknowledged": True}
    _expect_error(NotFoundError, "index_not_found_exception", lambda: call(es.indices.delete, index=index))
    call(es.search_pipeline.delete, id="sweep-norm")
    client.calls += calls
