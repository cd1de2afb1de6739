"""Direct edits of the REAL store tables, as someone with database access could make them."""

from __future__ import annotations

from sqlalchemy import text


def _oid(tools, oid: str) -> str:
    return oid if tools.table.is_postgres else oid.replace("-", "")


def row(tools, position: int):
    t = tools.table
    with tools.engine.connect() as conn:
        return conn.execute(text(t.select(f"WHERE {t.position} = :p")), {"p": position}).one()


def update_state(tools, position: int, old: bytes, new: bytes) -> None:
    t = tools.table
    with tools.engine.begin() as conn:
        state = bytes(row(tools, position).state).replace(old, new)
        conn.execute(text(f"UPDATE {t.name} SET state = :s WHERE {t.position} = :p"),
                     {"s": state, "p": position})


def delete(tools, *positions: int, with_chain: bool = False) -> None:
    t = tools.table
    with tools.engine.begin() as conn:
        for p in positions:
            conn.execute(text(f"DELETE FROM {t.name} WHERE {t.position} = :p"), {"p": p})
            if with_chain:
                conn.execute(text("DELETE FROM audit_chain WHERE position = :p"), {"p": p})


def insert_copy(tools, source: int, version: int, position: int | None = None) -> None:
    """A forged event: a copy of `source` claiming the next version of its stream."""
    t, src = tools.table, row(tools, source)
    values = {"oid": src.originator_id, "v": version, "t": src.topic, "s": bytes(src.state)}
    cols, vals = "originator_id, originator_version, topic, state", ":oid, :v, :t, :s"
    if position is not None:
        cols, vals = f"{cols}, {t.position}", f"{vals}, :p"
        values["p"] = position
    with tools.engine.begin() as conn:
        conn.execute(text(f"INSERT INTO {t.name} ({cols}) VALUES ({vals})"), values)


def swap(tools, a: int, b: int) -> None:
    """Swap two rows' contents (ids, versions, topics, states), keeping their positions."""
    t, ra, rb = tools.table, row(tools, a), row(tools, b)
    sql = text(f"UPDATE {t.name} SET originator_id = :oid, originator_version = :v, "
               f"topic = :t, state = :s WHERE {t.position} = :p")
    with tools.engine.begin() as conn:   # park a on version -1 so the primary key stays unique
        conn.execute(sql, {"oid": rb.originator_id, "v": -1, "t": rb.topic,
                           "s": bytes(rb.state), "p": a})
        conn.execute(sql, {"oid": ra.originator_id, "v": ra.originator_version, "t": ra.topic,
                           "s": bytes(ra.state), "p": b})
        conn.execute(text(f"UPDATE {t.name} SET originator_version = :v "
                          f"WHERE {t.position} = :p"), {"v": rb.originator_version, "p": a})


def burn_position(tools) -> None:
    """Consume a PostgreSQL notification id, as a rolled-back insert does (a gap)."""
    with tools.engine.begin() as conn:
        conn.execute(text("SELECT nextval(pg_get_serial_sequence('ketnap_events', "
                          "'notification_id'))"))


def reseal_as_insider(tools, with_mac: bool = False) -> None:
    """What someone with write access and the published algorithm can do: rebuild the seal
    (entries and tree) from the raw rows as they now are. `with_mac`: an operator who also
    holds the MAC key rewrites every MAC too (only a witness catches that one)."""
    from service.audit import merkle
    from service.audit.mac import event_mac
    from service.audit.rawstore import raw_rows
    from service.audit.sealing import entry, leaf_of
    from service.audit.tables import audit_chain, audit_macs, audit_nodes
    with tools.engine.begin() as conn:
        rows = list(raw_rows(conn, tools.table))
        for table in (audit_chain, audit_nodes) + ((audit_macs,) if with_mac else ()):
            conn.execute(table.delete())
        tree, entries, nodes = merkle.Frontier(), [], []
        for raw in rows:
            nodes += tree.append(leaf_of(raw.position, raw.content))
            entries.append(entry(raw, raw.content, tree.size - 1))
        conn.execute(audit_chain.insert(), entries)
        conn.execute(audit_nodes.insert(), [{"level": lv, "node_index": ix, "hash": h.hex()}
                                            for lv, ix, h in nodes])
        if with_mac:
            conn.execute(audit_macs.insert(), [
                {"position": r.position, "mac": event_mac(tools.mac_key, r.position, r.content)}
                for r in rows])


def delete_checkpoints(tools) -> None:
    with tools.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_checkpoints"))
