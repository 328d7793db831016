"""Django settings, read only from ``TRUSTDESK_*`` environment variables (see ``.env.example``)."""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from trustdesk.config.env import (
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
    parse_database_url,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("DATA_DIR", "var")).resolve()

DEV_SECRET_KEY = "dev-insecure-trustdesk-secret-key-change-me-for-production-0000"  # noqa: S105

TRUSTDESK_ENV = env_choice("ENV", "development", ("development", "test", "production"))
SECRET_KEY = env_str("SECRET_KEY", DEV_SECRET_KEY)
if TRUSTDESK_ENV == "production":
    if SECRET_KEY == DEV_SECRET_KEY:
        raise ImproperlyConfigured(
            "Refusing to start in production with the development secret key. "
            "Set TRUSTDESK_SECRET_KEY to a long random value (for example: "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("TRUSTDESK_SECRET_KEY must be at least 50 characters in production.")

DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.auth",
    "django_tasks",
    "django_tasks_db",
    "ninja",
    "trustdesk.core",
    "trustdesk.tenancy",
    "trustdesk.audit",
    "trustdesk.identity",
    "trustdesk.trust",
    "trustdesk.desk",
    "trustdesk.scamcheck",
    "trustdesk.api",
    "trustdesk.web",
    "trustdesk.cli",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "trustdesk.web.middleware.SecurityHeadersMiddleware",
    "trustdesk.api.middleware.BodySizeLimitMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "trustdesk.identity.middleware.SessionTimeoutMiddleware",
    "trustdesk.identity.middleware.UserPreferencesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "trustdesk.config.urls"
ASGI_APPLICATION = "trustdesk.config.asgi.application"
WSGI_APPLICATION = "trustdesk.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "trustdesk.web.context.shell",
            ],
        },
    }
]

DATABASES = {
    "default": parse_database_url(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'trustdesk.sqlite3'}"),
        base_dir=Path.cwd(),
        pool_size=env_int("DB_POOL_SIZE", 0, minimum=0),
    )
}
if str(DATABASES["default"]["ENGINE"]).endswith("sqlite3"):
    Path(str(DATABASES["default"]["NAME"])).parent.mkdir(parents=True, exist_ok=True)
    # A file, not :memory:, so that tests with several threads or processes share one test database.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test_trustdesk.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if env_choice("TASKS_BACKEND", "database", ("database", "immediate")) == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

AUTH_USER_MODEL = "identity.User"
# The first loads the membership and organization with the user (one query); the second keeps sessions that were
# started before it existed valid (Django remembers the backend of each session).
AUTHENTICATION_BACKENDS = [
    "trustdesk.identity.backends.MembershipModelBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
]
LOGIN_URL = "identity:login"

# Sessions: server-side, __Host- cookies, idle and absolute timeouts (NIST SP 800-63B-4: 1 h / 24 h).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_NAME = "__Host-td_session"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_PATH = "/"
SESSION_IDLE_SECONDS = env_int("SESSION_IDLE_SECONDS", 3600, minimum=60)
SESSION_ABSOLUTE_SECONDS = env_int("SESSION_ABSOLUTE_SECONDS", 86400, minimum=300)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_SECONDS
STEP_UP_MINUTES = env_int("STEP_UP_MINUTES", 10, minimum=1)
LOCKOUT_THRESHOLD = env_int("LOCKOUT_THRESHOLD", 10, minimum=3)

CSRF_COOKIE_NAME = "__Host-td_csrf"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_HEADER_NAME = "HTTP_X_CSRFTOKEN"
CSRF_FAILURE_VIEW = "trustdesk.web.views.csrf_failure"

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_SSL_REDIRECT = env_bool("SSL_REDIRECT", False)
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("MAX_BODY_BYTES", 1_048_576, minimum=1024)
API_MAX_BODY_BYTES = DATA_UPLOAD_MAX_MEMORY_SIZE

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("ar", "العربية"),
    ("id", "Bahasa Indonesia"),
    ("ms", "Bahasa Melayu"),
    ("th", "ไทย"),
]
LANGUAGE_COOKIE_NAME = "td_lang"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LOCALE_PATHS: list[str] = []

STATIC_URL = "/static/"
# Static files are served from the apps by WhiteNoise; set TRUSTDESK_STATIC_ROOT to collect them for a CDN.
STATIC_ROOT = env_str("STATIC_ROOT", "") or None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_MAX_PER_PAGE_SIZE = 200

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# --- audit (tamper-evident log) -----------------------------------------------------------------------------
# Log identity: checkpoints of organization X carry the origin "<AUDIT_LOG_ORIGIN>/<slug>", the platform log
# "<AUDIT_LOG_ORIGIN>/_platform". The signing key is read by trustdesk.audit.keys from TRUSTDESK_LOG_SIGNING_KEY
# or TRUSTDESK_LOG_SIGNING_KEY_FILE and deliberately never placed in settings.
AUDIT_LOG_ORIGIN = env_str("LOG_ORIGIN", "trustdesk.localhost/audit").rstrip("/")
AUDIT_LOG_VERIFIER_KEYS = env_list("LOG_VERIFIER_KEYS", [])
AUDIT_CHECKPOINT_INTERVAL_MS = env_int("LOG_CHECKPOINT_INTERVAL_MS", 1000, minimum=50)
AUDIT_INTEGRATOR_BATCH = env_int("LOG_INTEGRATOR_BATCH", 20000, minimum=1)

# --- Zero-trust gate (trust) -------------------------------------------------------------------------------
# enforce: deny by default (the product); monitor: decide and audit, block nothing (staged roll-out);
# off: development and tests of other areas only, refused in production.
TRUST_GATE = env_choice("TRUST_GATE", "enforce", ("enforce", "monitor", "off"))
if TRUSTDESK_ENV == "production" and TRUST_GATE == "off":
    raise ImproperlyConfigured("TRUSTDESK_TRUST_GATE=off is not allowed in production (use monitor to stage it).")
# CIDRs of reverse proxies whose X-Forwarded-For is believed; empty = use the TCP peer address only.
TRUST_PROXIES = env_list("TRUSTED_PROXIES", [])
# Lifetime of the session-binding cookie that lets page navigations through; refreshed by signed requests.
TRUST_BINDING_SECONDS = env_int("DEVICE_BINDING_SECONDS", 300, minimum=60)
# The origin clients sign (@target-uri), e.g. https://desk.example.com; empty = scheme and Host of the request.
TRUST_PUBLIC_ORIGIN = env_str("PUBLIC_ORIGIN", "")
MIDDLEWARE.insert(
    MIDDLEWARE.index("trustdesk.identity.middleware.SessionTimeoutMiddleware") + 1,
    "trustdesk.trust.gate.ZeroTrustGateMiddleware",
)

# --- support desk attachments ------------------------------------------------------------------------------
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
ATTACHMENT_MAX_FILES = env_int("ATTACHMENT_MAX_FILES", 5, minimum=1)
