#!/usr/bin/env python3
"""Writes a CSV of N realistic users for `sspr user import`.

    gen_users.py N > users.csv
"""
import random
import sys

GROUPS = ["Sales", "Engineering", "Finance", "Support", "Marketing", "Legal",
          "Operations", "HR", "SSPR Pilot", "Contractors"]
ROLES = ["global-administrator", "password-administrator", "user-administrator",
         "other-privileged"]
FIRST = ["Ada", "Alan", "Grace", "Ken", "Barbara", "Edsger", "Margaret", "Dennis",
         "Frances", "Radia", "Hedy", "Linus", "Donald", "John", "Leslie", "Tim"]
LAST = ["Lovelace", "Turing", "Hopper", "Thompson", "Liskov", "Dijkstra", "Hamilton",
        "Ritchie", "Allen", "Perlman", "Lamarr", "Torvalds", "Knuth", "Backus"]


def main() -> None:
    n = int(sys.argv[1])
    rnd = random.Random(20261122)
    out = sys.stdout
    out.write("user_principal_name,display_name,primary_email,alternate_email,"
              "mobile_phone,office_phone,user_type,roles,groups,licensed,enabled,"
              "password_managed,locked\n")
    for i in range(n):
        upn = f"user{i}@bench.example"
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}"
        alternate = f"user{i}@home.example" if rnd.random() < 0.5 else ""
        mobile = f"+39 347 {rnd.randrange(1000000, 9999999)}" if rnd.random() < 0.8 else ""
        office = f"+39 02 {rnd.randrange(10000000, 99999999)}" if rnd.random() < 0.3 else ""
        role = rnd.choice(ROLES) if rnd.random() < 0.001 else ""
        groups = ";".join(rnd.sample(GROUPS, rnd.randrange(0, 3)))
        guest = "guest" if rnd.random() < 0.02 else "member"
        licensed = "false" if rnd.random() < 0.05 else "true"
        enabled = "false" if rnd.random() < 0.03 else "true"
        managed = "on_premises" if rnd.random() < 0.2 else "cloud"
        out.write(f"{upn},{name},{upn},{alternate},{mobile},{office},{guest},{role},"
                  f"{groups},{licensed},{enabled},{managed},false\n")


if __name__ == "__main__":
    main()
