package coop.smart.server.api;

import java.util.List;

/** A list response: {@code {"items": [...]}}. */
record Items<T>(List<T> items) {
}
