package com.claims01940.rules;

/** The source a rule rests on (see the README's rule catalogue). */
public record Reference(String title, String url) {}
