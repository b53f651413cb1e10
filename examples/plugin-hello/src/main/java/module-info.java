/** The hello plugin for Stead: {@code services.hello}. */
module org.example.hello {
    requires io.stead.api;

    provides io.stead.api.ServiceModule with org.example.hello.HelloModule;
}
