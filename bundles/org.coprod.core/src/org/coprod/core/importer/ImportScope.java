package org.coprod.core.importer;

import org.coprod.core.Ids;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coprod.core.Library;
import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.CoprodFactory;
import org.coprod.model.Source;
import org.coprod.model.TypologyCell;

/**
 * What the rows of one import may refer to: the library's actors, sources and typology cells, the sources of a
 * {@code --sources} table, and the actors that rows create (shared by name, as in the library). Looked up through maps
 * built once, so that an import stays linear in the size of the library.
 */
final class ImportScope {

    private final Library library;
    private final Map<String, Actor> actorsByName = new HashMap<>();
    private final Set<String> actorIds = new HashSet<>();
    private final Map<String, Source> sourcesById = new LinkedHashMap<>();
    /** Actors created by rows, by lower-case name; only those that accepted rows use become part of the plan. */
    private final Map<String, Actor> created = new LinkedHashMap<>();
    private final Set<Actor> createdActors = Collections.newSetFromMap(new IdentityHashMap<>());

    ImportScope(Library library, List<Source> tableSources) {
        this.library = library;
        for (Actor a : library.root().getActors()) {
            actorsByName.putIfAbsent(a.getName().toLowerCase(Locale.ROOT), a);
            actorIds.add(a.getId());
        }
        library.root().getSources().forEach(s -> sourcesById.put(s.getId(), s));
        tableSources.forEach(s -> sourcesById.put(s.getId(), s));
    }

    /** The library's actor of that name (in any case), or the one an earlier row created, or a new one. */
    Actor actor(String name, ActorType type) {
        String key = name.toLowerCase(Locale.ROOT);
        Actor known = actorsByName.get(key);
        if (known != null) {
            return known;
        }
        return created.computeIfAbsent(key, k -> {
            Actor a = CoprodFactory.eINSTANCE.createActor();
            a.setId(uniqueActorId(name));
            a.setName(name);
            if (type != null) {
                a.setType(type);
            }
            createdActors.add(a);
            return a;
        });
    }

    private String uniqueActorId(String name) {
        // One rule for ids from names (core's Ids): accents dropped, as the editor's case ids.
        String slug = Ids.fromName(name, "");
        String id = Ids.unique(slug.isEmpty() ? "actor" : "actor-" + slug, actorIds::contains);
        actorIds.add(id);
        return id;
    }

    /** A source of the library or of the sources table; never a made-up one, since a typo would become a source. */
    Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** Ids a row may cite, for the message that refuses another. */
    Set<String> sourceIds() {
        return sourcesById.keySet();
    }

    Optional<TypologyCell> cell(String typology, String code) {
        return library.findCell(typology, code);
    }

    /** Whether an actor was made by this import (and so belongs to the plan only if an accepted row uses it). */
    boolean isCreated(Actor a) {
        return createdActors.contains(a);
    }
}
