package dev.simplexbot.sim;

/** Everything simulated people can do, by kind; {@link SimPerson} and {@link Simulator} call into it. */
record PeopleActions(ContactActions contacts, MessageActions messages, GroupActions groups) {}
