#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the fixtures in this folder with the OpenSSL command-line tool (not with Credfolio code).
# The private keys are thrown away: only public keys, messages and signatures are kept.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'Credfolio signs nothing here; OpenSSL does.\n' > message.txt

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/rsa2048.pem" 2>/dev/null
openssl pkey -in "$tmp/rsa2048.pem" -pubout -out rsa2048-public.pem
openssl dgst -sha256 -sign "$tmp/rsa2048.pem" -out rsa2048-rs256.sig message.txt
openssl dgst -sha256 -sign "$tmp/rsa2048.pem" -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32 \
    -sigopt rsa_mgf1_md:sha256 -out rsa2048-ps256.sig message.txt

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out "$tmp/rsa1024.pem" 2>/dev/null
openssl pkey -in "$tmp/rsa1024.pem" -pubout -out rsa1024-public.pem
openssl dgst -sha256 -sign "$tmp/rsa1024.pem" -out rsa1024-rs256.sig message.txt

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out "$tmp/p384.pem"
openssl pkey -in "$tmp/p384.pem" -pubout -out p384-public.pem
openssl dgst -sha384 -sign "$tmp/p384.pem" -out p384-es384.der.sig message.txt

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp/p256.pem"
openssl pkey -in "$tmp/p256.pem" -pubout -out p256-public.pem
openssl dgst -sha256 -sign "$tmp/p256.pem" -out p256-es256.der.sig message.txt

openssl genpkey -algorithm ED25519 -out "$tmp/ed25519.pem"
openssl pkey -in "$tmp/ed25519.pem" -pubout -out ed25519-public.pem
openssl pkeyutl -sign -rawin -inkey "$tmp/ed25519.pem" -in message.txt -out ed25519.sig

openssl genpkey -algorithm X25519 -out "$tmp/x25519.pem"
openssl pkey -in "$tmp/x25519.pem" -pubout -out x25519-public.pem
