package de.kommunalmesse.chat.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat channel and its settings. Its sequence counter ({@code last_seq}) belongs to {@link MessageWriter}. */
@Entity
@Table(name = "chat_channel")
public class ChatChannel extends PanacheEntityBase {

    @Id
    public String id;

    public String kind;

    @Column(name = "last_seq", insertable = false, updatable = false)
    public long lastSeq;

    public boolean anonymousRead;

    public int slowModeSeconds;

    public Instant createdAt;
}
