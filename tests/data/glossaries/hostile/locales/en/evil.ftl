sumo = Wrestling[31m red ]0;title and
    a second line.
