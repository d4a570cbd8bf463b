#!/usr/bin/env bash
# Builds libcurl 7.88 (Debian 12's source, `apt-get source curl`) for HTTP(S) only: OpenSSL 3, nghttp2, zlib,
# nothing else — about what AL2023's libcurl-minimal is — into .build/libcurl-minimal/libcurl.so.4, with the
# symbol version Debian's build gives (CURL_OPENSSL_4), so binaries linked on this machine accept it.
# Needs deb-src in APT's sources, dpkg-dev, libssl-dev, libnghttp2-dev, zlib1g-dev. Used by
# `make bench-runtime-libcurl-minimal` to measure what fewer libraries at start-up save.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/.build/libcurl-minimal"
mkdir -p "$work/source" "$work/build"
cd "$work/source"
[ -d curl-7.88.1 ] || apt-get source -qq curl
cd "$work/build"
[ -f Makefile ] || "$work/source/curl-7.88.1/configure" --with-openssl --with-nghttp2 --with-zlib \
    --without-brotli --without-zstd --without-libpsl --without-libidn2 --without-libssh2 --without-librtmp \
    --without-gssapi --disable-ldap --disable-ldaps --disable-rtsp --disable-dict --disable-telnet --disable-tftp \
    --disable-pop3 --disable-imap --disable-smb --disable-smtp --disable-gopher --disable-mqtt --disable-manual \
    --disable-static --disable-docs --enable-versioned-symbols > configure.log
make -C lib libcurl.vers > /dev/null
sed -i 's/CURL_OPENSSL_3/CURL_OPENSSL_4/' lib/libcurl.vers
make -j2 -C lib libcurl.la > make.log
cp -L lib/.libs/libcurl.so.4 "$work/libcurl.so.4"
echo "$work/libcurl.so.4: $(ldd "$work/libcurl.so.4" | wc -l) entries in ldd"
